import type { IpcError } from '@shared/ipc/envelope'

/**
 * How the replayer treats a failed send (design.md §4.5):
 * - `transient`: try again later with backoff, keeping order; `uncertain` when the request may have reached
 *   Wix (timeout, dropped connection, a 5xx or an unreadable answer), so the next try looks first.
 * - `stale`: the revision moved (409): re-read and decide again.
 * - `rejected`: Wix said no for a business reason: a conflict for a person.
 * - `auth`: the key is no longer accepted: pause everything and ask to reconnect. A write refused so while the
 *   key still reads is a permission that write lacks instead (key-or-permission.ts): needs attention.
 * - `broken`: can never succeed as it is (Rollcall sent something invalid): needs attention.
 */
export type FailureClass =
  | { kind: 'transient'; uncertain: boolean; exhaustible: boolean }
  | { kind: 'stale' }
  | { kind: 'rejected' }
  | { kind: 'auth' }
  | { kind: 'broken' }

export function classifyFailure(error: IpcError): FailureClass {
  switch (error.kind) {
    case 'network':
    case 'timeout':
    case 'unavailable':
      return { kind: 'transient', uncertain: true, exhaustible: false }
    case 'rate_limited':
      return { kind: 'transient', uncertain: false, exhaustible: false }
    case 'bad_response':
    case 'internal':
      // Could have been written; and if it keeps happening it is a bug, not an outage.
      return { kind: 'transient', uncertain: true, exhaustible: true }
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
  }
}

/**
 * Wix answered a write and said no (a 4xx other than the key's): a stale revision (409), a business error
 * (428, 404, or a 400 carrying an application error: which status Wix gives a business error is open,
 * wix-bookings-api.md §8), or an invalid request. What it means is decided on a fresh copy of the booking:
 * a refusal of something already true there is no conflict.
 */
const REFUSALS: ReadonlySet<IpcError['kind']> = new Set(['conflict', 'rejected', 'not_found', 'invalid'])

export function isWixRefusal(error: IpcError): boolean {
  return REFUSALS.has(error.kind)
}
