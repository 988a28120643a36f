import { describe, expect, it } from 'vitest'
import { ipcErrorKinds, type IpcError, type IpcErrorKind } from '@shared/ipc/envelope'
import { classifyFailure, isWixRefusal, type FailureClass } from '../../../renderer/src/sync/failure-kinds'

/**
 * The replayer's decision for every kind of IPC error (design.md §4.5). Typed as a full Record and checked
 * against `ipcErrorKinds` at run time: a new kind fails here until someone decides how replay treats it.
 */
const decisions: Record<IpcErrorKind, FailureClass> = {
  // Outages: the request may have reached Wix, so the next try looks first; never given up on.
  network: { kind: 'transient', uncertain: true, exhaustible: false },
  timeout: { kind: 'transient', uncertain: true, exhaustible: false },
  unavailable: { kind: 'transient', uncertain: true, exhaustible: false },
  // Refused before it was processed: nothing to look up.
  rate_limited: { kind: 'transient', uncertain: false, exhaustible: false },
  // May have been written, and a bug if it keeps happening: given up on after a few tries.
  bad_response: { kind: 'transient', uncertain: true, exhaustible: true },
  internal: { kind: 'transient', uncertain: true, exhaustible: true },
  conflict: { kind: 'stale' },
  auth: { kind: 'auth' },
  forbidden: { kind: 'auth' },
  rejected: { kind: 'rejected' },
  not_found: { kind: 'rejected' },
  invalid: { kind: 'broken' },
  invalid_input: { kind: 'broken' },
  untrusted_sender: { kind: 'broken' },
  storage: { kind: 'broken' },
}

const errorOf = (kind: IpcErrorKind): IpcError => ({ kind, code: 'X', message: 'm', retryable: false })

describe('classifyFailure: how the replayer treats each failure', () => {
  it('has a decision for every IPC error kind, and none for a kind that does not exist', () => {
    expect(Object.keys(decisions).sort()).toEqual([...ipcErrorKinds].sort())
  })

  it.each([...ipcErrorKinds])('classifies %s as decided', (kind) => {
    expect(decisions[kind]).toBeDefined()
    expect(classifyFailure(errorOf(kind))).toEqual(decisions[kind])
  })

  it('decides by the kind alone, not by the code or the retryable flag', () => {
    for (const kind of ipcErrorKinds) {
      const other: IpcError = { kind, code: 'NO_OPEN_SPOTS', message: 'other', retryable: true }
      expect(classifyFailure(other)).toEqual(classifyFailure(errorOf(kind)))
    }
  })

  it('pauses everything on 401 and 403 alike', () => {
    expect(classifyFailure(errorOf('auth'))).toEqual(classifyFailure(errorOf('forbidden')))
  })

  it('re-reads on a stale revision (409) rather than failing', () => {
    expect(classifyFailure(errorOf('conflict'))).toEqual({ kind: 'stale' })
  })

  it('re-reads the booking after every answer in which Wix said no to the write itself', () => {
    const refusals = ipcErrorKinds.filter((kind) => isWixRefusal(errorOf(kind)))
    // 409, 428/other business errors, 404, and a 400 (which may carry a business error's code).
    expect(refusals.sort()).toEqual(['conflict', 'invalid', 'not_found', 'rejected'])
  })
})
