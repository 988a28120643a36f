import { STALE_REVISION_CODE } from '@shared/ipc/envelope'
import { SITE_NOT_FOUND_CODE } from '@shared/ipc/site'
import { WixApiError, type WixErrorKind } from './errors'

interface WixErrorBody {
  message?: unknown
  details?: {
    applicationError?: { code?: unknown; description?: unknown }
    validationError?: { fieldViolations?: { field?: unknown; description?: unknown }[] }
  }
}

function asBody(body: unknown): WixErrorBody {
  return typeof body === 'object' && body !== null ? body : {}
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined)

function kindOfStatus(status: number): WixErrorKind {
  if (status === 401) return 'auth'
  if (status === 403) return 'forbidden'
  if (status === 404) return 'not_found'
  if (status === 409) return 'conflict'
  if (status === 429) return 'rate_limited'
  if (status === 400) return 'invalid'
  if (status >= 500) return 'unavailable'
  return 'rejected' // 428 failed precondition and other business refusals
}

const defaultMessages: Record<WixErrorKind, string> = {
  // Where to go about it depends on where the desk is (Settings says it differently), so main does not say.
  auth: 'Wix did not accept the API key for this site.',
  forbidden: 'The API key is not allowed to do this on this site (check its permissions and the site ID).',
  not_found: 'Wix could not find it; it may have been deleted.',
  conflict: 'The booking changed on Wix since Rollcall last saw it.',
  rejected: 'Wix refused the change.',
  invalid: 'Wix rejected the request as invalid.',
  rate_limited: 'Too many requests to Wix; slowing down.',
  unavailable: 'Wix is not answering right now.',
  network: 'Cannot reach Wix.',
  timeout: 'Wix took too long to answer.',
  bad_response: 'Wix sent an answer Rollcall cannot read.',
}

/**
 * Wix codes that say the site itself is wrong — missing, unknown, or not one of the key's account
 * (SITE_NOT_FOUND, METASITE_NOT_FOUND, MISSING_METASITE_ID, INVALID_SITE_ID, …) — rather than a permission the
 * key lacks. Codes about a site's state (SITE_NOT_PUBLISHED) are business refusals, not this.
 */
const siteCode =
  /^(?:(?:META)?SITE(?:_ID)?_(?:NOT_FOUND|DOES_NOT_EXIST|ACCESS_DENIED)|(?:MISSING|INVALID|UNKNOWN)_(?:META)?SITE(?:_ID)?)$/

/** Statuses Wix answers a wrong site ID with: no access (403), not found (404), no site in context (428). */
const siteStatuses: ReadonlySet<number> = new Set([403, 404, 428])

/**
 * A wrong site ID, told apart from a missing permission: `forbidden` like any refusal of the whole site (the
 * sync pauses and asks for the site to be connected again), with a code of its own; Wix's code stays in the
 * message.
 */
function wrongSite(status: number, wixCode: string): WixApiError {
  return new WixApiError({
    kind: 'forbidden',
    code: SITE_NOT_FOUND_CODE,
    message: `Wix found no site with this ID that this API key can use (HTTP ${status}, ${wixCode}).`,
    status,
  })
}

/** Wix's REST error answer (status + `{ message, details }` body) as a typed error. */
export function errorFromHttp(status: number, body: unknown, retryAfter?: string | null): WixApiError {
  const parsed = asBody(body)
  const wixCode = text(parsed.details?.applicationError?.code)
  if (wixCode && siteStatuses.has(status) && siteCode.test(wixCode)) return wrongSite(status, wixCode)
  const kind = kindOfStatus(status)
  const violation = parsed.details?.validationError?.fieldViolations?.[0]
  const code =
    wixCode ??
    (violation ? 'VALIDATION_FAILURE' : undefined) ??
    (kind === 'conflict' ? STALE_REVISION_CODE : `HTTP_${status}`)
  const wixSays =
    text(parsed.details?.applicationError?.description) ??
    (violation
      ? [text(violation.field), text(violation.description)].filter(Boolean).join(': ')
      : undefined) ??
    text(parsed.message)
  // A 409 that names a code of Wix's own may be a business refusal rather than a stale revision: say Wix's words.
  const saysWhy = kind === 'rejected' || kind === 'invalid' || (kind === 'conflict' && wixCode !== undefined)
  const message = saysWhy ? (wixSays ?? defaultMessages[kind]) : defaultMessages[kind]
  const retrySeconds = retryAfter ? Number(retryAfter) : NaN
  return new WixApiError({
    kind,
    code,
    message,
    status,
    ...(Number.isFinite(retrySeconds) && retrySeconds >= 0 ? { retryAfterMs: retrySeconds * 1000 } : {}),
    // Wix throttles a request before handling it: a 429 did nothing, so even a create may be sent again.
    ...(kind === 'rate_limited' ? { mayHaveReachedServer: false } : {}),
  })
}

const notSentCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH'])

function causeCode(error: unknown): string | undefined {
  let current: unknown = error
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string') return code
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}

/** A failure of fetch itself (no HTTP answer): timeout or network, and whether the request may have landed. */
export function errorFromFetchFailure(error: unknown): WixApiError {
  const name = error instanceof Error ? error.name : ''
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new WixApiError({ kind: 'timeout', code: 'TIMEOUT', message: defaultMessages.timeout })
  }
  const code = causeCode(error) ?? 'NETWORK_ERROR'
  return new WixApiError({
    kind: 'network',
    code,
    message: defaultMessages.network,
    mayHaveReachedServer: !notSentCodes.has(code),
  })
}

export function badResponse(message: string, field?: string): WixApiError {
  return new WixApiError({
    kind: 'bad_response',
    code: 'BAD_RESPONSE',
    message: field
      ? `${defaultMessages.bad_response} (${message} at "${field}")`
      : `${defaultMessages.bad_response} (${message})`,
    ...(field ? { field } : {}),
  })
}
