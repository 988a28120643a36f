import type { IpcError, IpcErrorKind } from '@shared/ipc/envelope'
import type { ReportableError } from '../ipc/failure'

export type WixErrorKind = Extract<
  IpcErrorKind,
  | 'auth'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rejected'
  | 'invalid'
  | 'rate_limited'
  | 'unavailable'
  | 'network'
  | 'timeout'
  | 'bad_response'
>

const retryableKinds: ReadonlySet<WixErrorKind> = new Set([
  'rate_limited',
  'unavailable',
  'network',
  'timeout',
])

export interface WixErrorDetails {
  kind: WixErrorKind
  /** Wix's `applicationError.code` where it sent one, else a code of ours (e.g. `HTTP_503`, `ECONNREFUSED`). */
  code: string
  message: string
  status?: number
  /** For `bad_response`: the path of the field that was missing or malformed, e.g. `booking.revision`. */
  field?: string
  /** For `rate_limited`: how long Wix asked us to wait, if it said. */
  retryAfterMs?: number
  /**
   * False only when we know the request did nothing on Wix: it never reached the server (e.g. connection
   * refused, an unsendable header) or Wix turned it away unhandled (429). Defaults to true.
   */
  mayHaveReachedServer?: boolean
}

/** Everything the Wix client throws. The kind says what the caller can do about it. */
export class WixApiError extends Error implements ReportableError {
  readonly kind: WixErrorKind
  readonly code: string
  readonly status: number | undefined
  readonly field: string | undefined
  readonly retryAfterMs: number | undefined
  readonly mayHaveReachedServer: boolean

  constructor(details: WixErrorDetails) {
    super(details.message)
    this.name = 'WixApiError'
    this.kind = details.kind
    this.code = details.code
    this.status = details.status
    this.field = details.field
    this.retryAfterMs = details.retryAfterMs
    this.mayHaveReachedServer = details.mayHaveReachedServer ?? true
  }

  get retryable(): boolean {
    return retryableKinds.has(this.kind)
  }

  /** A failure that proves nothing happened on Wix and may pass on another try: safe to send again as is. */
  get safeToResend(): boolean {
    return this.retryable && !this.mayHaveReachedServer
  }

  toIpcError(): IpcError {
    return {
      kind: this.kind,
      code: this.code,
      message: this.message,
      retryable: this.retryable,
      mayHaveReachedServer: this.mayHaveReachedServer,
    }
  }
}

export function isWixApiError(error: unknown): error is WixApiError {
  return error instanceof WixApiError
}
