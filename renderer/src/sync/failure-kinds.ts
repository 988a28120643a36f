import type { IpcError } from '@shared/ipc/envelope'

/**
 * How the replayer treats a failed send (renderer/src/sync/README.md, "Outcomes"):
 * - `transient`: try again later with backoff, keeping order; `uncertain` when the request may have reached
 *   Wix (timeout, dropped connection, a 5xx or an unreadable answer), so the next try looks first;
 *   `exhaustible` when main does not expect the same call to pass (an unreadable answer, a bug): a few tries,
 *   since it may have been written, then it needs attention.
 * - `stale`: the revision moved (409): re-read and decide again.
 * - `rejected`: Wix said no for a business reason: a conflict for a person.
 * - `auth`: the key is no longer accepted: pause everything and ask to reconnect. A write refused so while the
 *   key still reads is a permission that write lacks instead (key-or-permission.ts): needs attention.
 * - `broken`: can never succeed as it is (Rollcall sent something invalid, or main knows trying again is in
 *   vain and nothing reached Wix): needs attention.
 */
export type FailureClass =
  | { kind: 'transient'; uncertain: boolean; exhaustible: boolean }
  | { kind: 'stale' }
  | { kind: 'rejected' }
  | { kind: 'auth' }
  | { kind: 'broken' }

/**
 * The kind says what Wix (or main) answered; whether trying again can help and whether the call may have been
 * applied are main's to say (`retryable`, `mayHaveReachedServer`, worked out once in electron/main/wix), and
 * are read here, never guessed from the kind. Every IpcError carries both: main sets them on every failure it
 * sends, and the few the renderer makes itself (a bridge that failed before main answered, a bug) set them
 * explicitly, so there is no error without them to fall back for.
 */
export function classifyFailure(error: IpcError): FailureClass {
  switch (error.kind) {
    case 'conflict':
      return { kind: 'stale' }
    case 'auth':
    case 'forbidden':
      return { kind: 'auth' }
    case 'rejected':
    case 'not_found':
      return { kind: 'rejected' }
    case 'invalid':
    case 'invalid_input':
    case 'untrusted_sender':
    case 'storage':
      return { kind: 'broken' }
    case 'network':
    case 'timeout':
    case 'unavailable':
    case 'rate_limited':
    case 'bad_response':
    case 'internal':
      // No answer about the write itself: main's flags decide.
      if (error.retryable)
        return { kind: 'transient', uncertain: error.mayHaveReachedServer, exhaustible: false }
      // Not expected to pass, but it may have been written: look, and give up after a few tries.
      if (error.mayHaveReachedServer) return { kind: 'transient', uncertain: true, exhaustible: true }
      // Not expected to pass and nothing reached Wix: trying again is in vain.
      return { kind: 'broken' }
  }
}

/**
 * Wix answered a write and said no (a 4xx other than the key's): a stale revision (409), a business error
 * (428, 404, or a 400 carrying an application error: which status Wix gives a business error is open,
 * electron/main/wix/README.md, "Still open"), or an invalid request. What it means is decided on a fresh copy of the booking:
 * a refusal of something already true there is no conflict.
 */
const REFUSALS: ReadonlySet<IpcError['kind']> = new Set(['conflict', 'rejected', 'not_found', 'invalid'])

export function isWixRefusal(error: IpcError): boolean {
  return REFUSALS.has(error.kind)
}
