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
  auth: 'Wix did not accept the API key. Reconnect the site in Settings.',
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

/** Wix's REST error answer (status + `{ message, details }` body) as a typed error. */
export function errorFromHttp(status: number, body: unknown, retryAfter?: string | null): WixApiError {
  const kind = kindOfStatus(status)
  const parsed = asBody(body)
  const violation = parsed.details?.validationError?.fieldViolations?.[0]
  const code =
    text(parsed.details?.applicationError?.code) ??
    (violation ? 'VALIDATION_FAILURE' : undefined) ??
    (kind === 'conflict' ? 'REVISION_MISMATCH' : `HTTP_${status}`)
  const wixSays =
    text(parsed.details?.applicationError?.description) ??
    (violation
      ? [text(violation.field), text(violation.description)].filter(Boolean).join(': ')
      : undefined) ??
    text(parsed.message)
  const message =
    kind === 'rejected' || kind === 'invalid' ? (wixSays ?? defaultMessages[kind]) : defaultMessages[kind]
  const retrySeconds = retryAfter ? Number(retryAfter) : NaN
  return new WixApiError({
    kind,
    code,
    message,
    status,
    ...(Number.isFinite(retrySeconds) && retrySeconds >= 0 ? { retryAfterMs: retrySeconds * 1000 } : {}),
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
