import { z } from 'zod'

/**
 * The site check (issue 17): read-only calls to every Wix API Rollcall uses, each judged in words, a sample
 * of records read item by item, and the open questions (electron/main/wix/README.md, "Still open") answered
 * from what the site sends. The same report goes to the renderer (Settings → Check this site), the CLI and
 * the file a studio sends to support, so it holds no API key (its last 4 characters only) and no customer's
 * name or contact details — ids may stay.
 */

/**
 * - `pass`: Wix answered and Rollcall could read the answer;
 * - `missing_permission`: refused (401/403) while other reads with the same key worked — the key lacks this
 *   API's permission;
 * - `refused`: refused while every read was refused — the key or the site ID itself is wrong;
 * - `failed`: anything else (5xx, network, an answer Rollcall cannot read).
 */
export const siteCheckOutcomeSchema = z.enum(['pass', 'missing_permission', 'refused', 'failed'])
export type SiteCheckOutcome = z.infer<typeof siteCheckOutcomeSchema>

/** How many records of the sample Rollcall could read, and how many it set aside (never a failure). */
export const recordSampleSchema = z.object({
  what: z.string(),
  read: z.number().int().nonnegative(),
  setAside: z.number().int().nonnegative(),
})
export type RecordSample = z.infer<typeof recordSampleSchema>

export const siteCheckResultSchema = z.object({
  /** The API, as the desk knows it: "Bookings reader", "Calendar". */
  name: z.string().min(1),
  /** Wix's names of the calls made. */
  calls: z.array(z.string()),
  /** The permission the API key needs for it (Wix's name in the API Keys Manager). */
  permission: z.string().min(1),
  outcome: siteCheckOutcomeSchema,
  /** One line in words: "Calendar: missing permission Read Calendar (Wix answered 403)". */
  words: z.string().min(1),
  status: z.number().int().nullable(),
  code: z.string().nullable(),
  samples: z.array(recordSampleSchema),
})
export type SiteCheckResult = z.infer<typeof siteCheckResultSchema>

/**
 * One open question (electron/main/wix/README.md, "Still open") and what the site's answers say about it
 * ("could not tell …" when they don't).
 */
export const openQuestionAnswerSchema = z.object({
  id: z.string().min(1),
  question: z.string().min(1),
  answer: z.string().min(1),
  /** False when the site's answers could not settle it. */
  answered: z.boolean(),
  /** What the answer rests on (counts, formats, headers), for whoever reads the file. */
  evidence: z.unknown().optional(),
})
export type OpenQuestionAnswer = z.infer<typeof openQuestionAnswerSchema>

/** A record set aside in the sample: its id (when it had one) and what Rollcall could not read in it. */
export const setAsideRecordSchema = z.object({
  what: z.string(),
  id: z.string().nullable(),
  problems: z.array(z.string()),
})

export const siteCheckReportSchema = z.object({
  checkedAt: z.string().min(1),
  siteId: z.string(),
  apiBaseUrl: z.string(),
  /** `…abcd`: enough to tell which key was used, never the key. */
  apiKeyEnding: z.string(),
  /** True when every check passed. */
  passed: z.boolean(),
  summary: z.string().min(1),
  checks: z.array(siteCheckResultSchema),
  setAside: z.array(setAsideRecordSchema),
  openQuestions: z.array(openQuestionAnswerSchema),
})
export type SiteCheckReport = z.infer<typeof siteCheckReportSchema>

/** What `site.check` answers: the report, and where its files were written. */
export const siteCheckAnswerSchema = z.object({
  report: siteCheckReportSchema,
  /** The JSON report. */
  reportPath: z.string().min(1),
  /** The plain-text summary beside it. */
  summaryPath: z.string().min(1),
})
export type SiteCheckAnswer = z.infer<typeof siteCheckAnswerSchema>
