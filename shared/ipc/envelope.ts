import { z } from 'zod'

/**
 * What can go wrong behind an IPC call, as the renderer needs to tell it apart.
 * - IPC itself: `invalid_input` (the renderer sent arguments the contract rejects), `untrusted_sender`,
 *   `internal` (a bug in main; details are logged there, never sent), `storage` (this computer cannot keep
 *   something safely, e.g. no keychain for the API key).
 * - Wix (see electron/main/wix/README.md, "Errors"): `auth`, `forbidden`, `not_found`, `conflict` (stale
 *   revision), `rejected` (business rule, with the Wix code), `invalid`, `rate_limited`, `unavailable`,
 *   `network`, `timeout`, `bad_response` (Wix answered something we cannot trust).
 */
export const ipcErrorKinds = [
  'invalid_input',
  'untrusted_sender',
  'internal',
  'storage',
  'auth',
  'forbidden',
  'not_found',
  'conflict',
  'rejected',
  'invalid',
  'rate_limited',
  'unavailable',
  'network',
  'timeout',
  'bad_response',
] as const

export const ipcErrorSchema = z.object({
  kind: z.enum(ipcErrorKinds),
  /** Machine-readable detail, e.g. a Wix application error code such as `NO_OPEN_SPOTS`. */
  code: z.string(),
  /** A sentence a person can read. */
  message: z.string(),
  /**
   * True when the same call may succeed later without anyone changing anything. Main decides it (for Wix
   * failures `WixApiError.retryable`); the renderer's replayer reads it instead of guessing from `kind`.
   */
  retryable: z.boolean(),
  /**
   * False only when it is known that the call did nothing on Wix: it never left this computer (connection
   * refused, a header that cannot be sent, refused by main before any call) or Wix turned it away unhandled
   * (429). True when it may have been applied (a timeout, a 5xx, an unreadable answer, a bug in main); for
   * Wix's own refusals (4xx) it reached Wix and changed nothing, which the kind says.
   */
  mayHaveReachedServer: z.boolean(),
})

/**
 * The code of a `conflict` that carried no Wix application error: the plain stale revision (409). A 409 with
 * a code of Wix's own may be a business refusal instead; the replayer tells them apart on a fresh copy.
 */
export const STALE_REVISION_CODE = 'REVISION_MISMATCH'

export type IpcErrorKind = (typeof ipcErrorKinds)[number]
export type IpcError = z.infer<typeof ipcErrorSchema>

export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: IpcError }

export function ipcResultSchema<T extends z.ZodType>(data: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data }),
    z.object({ ok: z.literal(false), error: ipcErrorSchema }),
  ])
}

export function ok<T>(data: T): IpcResult<T> {
  return { ok: true, data }
}

export function fail(error: IpcError): IpcResult<never> {
  return { ok: false, error }
}
