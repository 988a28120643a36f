import type { RecordSample, SiteCheckReport, SiteCheckResult } from '@shared/ipc/site-check'
import { permissionScopes } from '@shared/wix/permissions'
import type { Log } from '../logs/console-log'
import { consoleLog } from '../logs/console-log'
import { createWixClient } from '../wix/client'
import type { RetryPolicy } from '../wix/retry'
import type { WixCredentials } from '../wix/sdk'
import { siteChecks, type CheckContext, type SiteCheckDeclaration } from './checks'
import { Observations } from './observations'
import { answerOpenQuestions } from './open-questions'
import { judge, type CheckEnding } from './outcome'
import { keyEnding, redactReport } from './redact'

export interface SiteCheckOptions {
  credentials: WixCredentials
  /** https://www.wixapis.com, or a demo site. */
  baseUrl: string
  fetch?: typeof fetch
  /** The check's clock (tests pin it to the demo site's); the machine's by default. */
  now?: () => number
  /** Where the client's own log lines go besides the report (records set aside are logged there too). */
  log?: Log
  /** The checks to run; every API Rollcall reads by default. */
  checks?: readonly SiteCheckDeclaration[]
}

/**
 * One try per call: the check reports what the site answered, and a retried 500 would hide it. A 429 is the
 * only answer worth waiting for (the site's budget), briefly.
 */
const oneTry: RetryPolicy = {
  maxAttempts: 2,
  baseDelayMs: 1_000,
  maxDelayMs: 2_000,
  shouldRetry: (error) => error.kind === 'rate_limited',
}

/** The client logs `[wix] <call>: set aside N of M records …` with the records' ids and problems. */
function capturingLog(into: Observations, next: Log): Log {
  return {
    ...next,
    warn(...data) {
      const [message, problems] = data
      const what = typeof message === 'string' ? /^\[wix\] (.+?): set aside/.exec(message)?.[1] : undefined
      if (what && Array.isArray(problems))
        for (const problem of problems as { id?: unknown; problems?: unknown }[])
          into.setAside.push({
            what,
            id: typeof problem.id === 'string' ? problem.id : null,
            problems: Array.isArray(problem.problems) ? problem.problems.map(String) : [],
          })
      next.warn(...data)
    },
  }
}

function summaryOf(checks: SiteCheckResult[], setAside: number): string {
  const failing = checks.filter((c) => c.outcome !== 'pass')
  const records = setAside
    ? ` ${String(setAside)} sample records could not be read (set aside, see the report).`
    : ''
  if (failing.length === 0) return `All ${String(checks.length)} checks passed.${records}`
  return `${String(failing.length)} of ${String(checks.length)} checks did not pass: ${failing.map((c) => c.words.replace(/\.$/, '')).join('; ')}.${records}`
}

/**
 * Runs every check in order against one site, read-only, and answers the report (already redacted: no API
 * key, no customer's name or contact details). Never throws for what the site answers: each check's failure
 * is that check's outcome.
 */
export async function checkSite(options: SiteCheckOptions): Promise<SiteCheckReport> {
  const now = options.now ?? Date.now
  const observations = new Observations()
  const client = createWixClient({
    credentials: options.credentials,
    baseUrl: options.baseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    retryPolicy: oneTry,
    onAnswer: (answer) => observations.record(answer),
    log: capturingLog(observations, options.log ?? consoleLog),
  })
  const context: CheckContext = {
    client,
    now: now(),
    timeZone: 'UTC',
    eventIds: [],
    bookingStarts: [],
    observations,
  }
  const checks = options.checks ?? siteChecks

  const endings: { check: SiteCheckDeclaration; ending: CheckEnding; samples: RecordSample[] }[] = []
  for (const check of checks) {
    try {
      const samples = await check.run(context)
      endings.push({ check, ending: { ok: true }, samples })
    } catch (error) {
      endings.push({ check, ending: { ok: false, error }, samples: [] })
    }
  }

  const anotherReadWorked = endings.some((e) => e.ending.ok)
  const results: SiteCheckResult[] = endings.map(({ check, ending, samples }) => {
    const permission = permissionScopes[check.permission].name
    const judged = judge(ending, permission, anotherReadWorked)
    const sampleWords = samples
      .map((s) => `${String(s.read)} ${s.what} read${s.setAside ? `, ${String(s.setAside)} set aside` : ''}`)
      .join('; ')
    return {
      name: check.name,
      calls: check.calls,
      permission,
      outcome: judged.outcome,
      words: `${check.name}: ${judged.words}${judged.outcome === 'pass' && sampleWords ? ` (${sampleWords})` : ''}`,
      status: judged.status,
      code: judged.code,
      samples,
    }
  })
  const setAside = results.flatMap((r) => r.samples).reduce((sum, s) => sum + s.setAside, 0)

  return redactReport(
    {
      checkedAt: new Date(now()).toISOString(),
      siteId: options.credentials.siteId,
      apiBaseUrl: options.baseUrl,
      apiKeyEnding: keyEnding(options.credentials.apiKey),
      passed: results.every((r) => r.outcome === 'pass'),
      summary: summaryOf(results, setAside),
      checks: results,
      setAside: observations.setAside,
      openQuestions: answerOpenQuestions(observations),
    },
    options.credentials.apiKey,
  )
}
