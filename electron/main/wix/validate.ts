import { z } from 'zod'
import { pagingMetadataSchema, type PagingMetadata } from '@shared/wix/paging'
import type { Log } from '../logs/console-log'
import { badResponse } from './http-errors'

/**
 * Parses what Wix sent with a shared/wix schema. Unknown fields are tolerated by the schemas; a missing or
 * malformed required field becomes a `bad_response` error that names the field — never a crash, never bad
 * data stored.
 */
export function parseWixResponse<S extends z.ZodType>(schema: S, body: unknown, what: string): z.output<S> {
  const result = schema.safeParse(body)
  if (result.success) return result.data
  const [issue] = result.error.issues
  throw badResponse(`${what}: ${issue?.message ?? 'unexpected shape'}`, fieldOf(issue))
}

function fieldOf(issue: z.core.$ZodIssue | undefined): string | undefined {
  return issue?.path.map(String).join('.') || undefined
}

function describe(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'unexpected shape'
  const field = fieldOf(issue)
  return field ? `${field}: ${issue.message}` : issue.message
}

/** The records of one page Rollcall could read, and how many it set aside. */
export interface ReadRecords<T> {
  items: T[]
  /** Records Rollcall cannot use (each one logged): counted, never stored. */
  setAside: number
}

/** The id of a record set aside, for the log: its own `id`, or its booking's (an extended booking). */
function idOf(record: unknown): string | null {
  if (typeof record !== 'object' || record === null) return null
  const { id, booking } = record as { id?: unknown; booking?: unknown }
  if (typeof id === 'string') return id
  return booking === undefined ? null : idOf(booking)
}

/**
 * The records of a Wix answer, validated one by one: one odd record never rejects the page (issue 17). A
 * record that fails `itemSchema` — it lacks what Rollcall cannot work without — is set aside: counted, and
 * logged with its id and what is wrong with it (the log is redacted: no contact details, no keys). Only an
 * answer that is not a list of records at all is a `bad_response`.
 */
export function parseWixRecords<S extends z.ZodType>(
  itemSchema: S,
  records: unknown,
  what: string,
  log: Log,
): ReadRecords<z.output<S>> {
  const list = parseWixResponse(z.array(z.unknown()), records, what)
  const items: z.output<S>[] = []
  const problems: { id: string | null; problems: string[] }[] = []
  for (const record of list) {
    const result = itemSchema.safeParse(record)
    if (result.success) items.push(result.data)
    else problems.push({ id: idOf(record), problems: result.error.issues.map(describe) })
  }
  if (problems.length)
    log.warn(
      `[wix] ${what}: set aside ${String(problems.length)} of ${String(list.length)} records Rollcall cannot read`,
      problems,
    )
  return { items, setAside: problems.length }
}

/**
 * A cursor-paged Wix answer (`{ <key>: [records], pagingMetadata }`): the envelope must be sound (else a
 * `bad_response`), the records are read one by one with `parseWixRecords`.
 */
export function parseWixPage<S extends z.ZodType>(
  body: unknown,
  key: string,
  itemSchema: S,
  what: string,
  log: Log,
): ReadRecords<z.output<S>> & { pagingMetadata: PagingMetadata | undefined } {
  const { pagingMetadata } = parseWixResponse(
    z.looseObject({ pagingMetadata: pagingMetadataSchema.optional() }),
    body,
    what,
  )
  const records = parseWixResponse(z.looseObject({ [key]: z.array(z.unknown()) }), body, what)[key]
  return { ...parseWixRecords(itemSchema, records, what, log), pagingMetadata }
}
