import { describe, expect, it } from 'vitest'
import { ipcErrorKinds, type IpcError, type IpcErrorKind } from '@shared/ipc/envelope'
import { EncryptionUnavailableError } from '../../../electron/main/credentials/credential-store'
import { internalError } from '../../../electron/main/ipc/failure'
import { badResponse, errorFromFetchFailure, errorFromHttp } from '../../../electron/main/wix/http-errors'
import { classifyFailure, isWixRefusal, type FailureClass } from '../../../renderer/src/sync/failure-kinds'
import { gatewayErrorOf, unwrap } from '../../../renderer/src/sync/gateway'

/**
 * The replayer's decision for every kind of IPC error (renderer/src/sync/README.md, "Outcomes"), as main
 * sends it. Typed as a full Record and checked against `ipcErrorKinds` at run time: a new kind fails here
 * until someone decides how replay treats it.
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

const refusedBefore = (kind: 'invalid_input' | 'untrusted_sender'): IpcError => ({
  kind,
  code: 'X',
  message: 'm',
  retryable: false,
  mayHaveReachedServer: false,
})

/** Each kind as main makes it (its own functions, not a copy of its flags), the way it crosses IPC. */
const asMainSendsIt: Record<IpcErrorKind, () => IpcError> = {
  network: () =>
    errorFromFetchFailure(Object.assign(new Error('reset'), { code: 'ECONNRESET' })).toIpcError(),
  timeout: () =>
    errorFromFetchFailure(Object.assign(new Error('late'), { name: 'TimeoutError' })).toIpcError(),
  unavailable: () => errorFromHttp(503, '').toIpcError(),
  rate_limited: () => errorFromHttp(429, {}).toIpcError(),
  bad_response: () => badResponse('missing', 'booking.revision').toIpcError(),
  internal: () => internalError,
  conflict: () => errorFromHttp(409, {}).toIpcError(),
  auth: () => errorFromHttp(401, {}).toIpcError(),
  forbidden: () => errorFromHttp(403, {}).toIpcError(),
  rejected: () =>
    errorFromHttp(428, { message: 'no', details: { applicationError: { code: 'X' } } }).toIpcError(),
  not_found: () => errorFromHttp(404, {}).toIpcError(),
  invalid: () => errorFromHttp(400, {}).toIpcError(),
  invalid_input: () => refusedBefore('invalid_input'),
  untrusted_sender: () => refusedBefore('untrusted_sender'),
  storage: () => new EncryptionUnavailableError().toIpcError(),
}

const errorOf = (kind: IpcErrorKind): IpcError => {
  const error = asMainSendsIt[kind]()
  expect(error.kind).toBe(kind)
  return error
}

describe('classifyFailure: how the replayer treats each failure', () => {
  it('has a decision for every IPC error kind, and none for a kind that does not exist', () => {
    expect(Object.keys(decisions).sort()).toEqual([...ipcErrorKinds].sort())
  })

  it.each([...ipcErrorKinds])('classifies %s as decided', (kind) => {
    expect(decisions[kind]).toBeDefined()
    expect(classifyFailure(errorOf(kind))).toEqual(decisions[kind])
  })

  it('does not decide by the code or the message', () => {
    for (const kind of ipcErrorKinds) {
      const other: IpcError = { ...errorOf(kind), code: 'NO_OPEN_SPOTS', message: 'other' }
      expect(classifyFailure(other)).toEqual(classifyFailure(errorOf(kind)))
    }
  })

  it('takes whether to try again from main, not from the kind', () => {
    // Kinds the renderer used to retry by name alone: main says they will not pass, and nothing reached Wix.
    for (const kind of ['network', 'timeout', 'unavailable', 'rate_limited'] as const) {
      const inVain: IpcError = { ...errorOf(kind), retryable: false, mayHaveReachedServer: false }
      expect(classifyFailure(inVain), kind).toEqual({ kind: 'broken' })
      // Not expected to pass, but it may have been written: a few tries, looking first.
      const maybeWritten: IpcError = { ...inVain, mayHaveReachedServer: true }
      expect(classifyFailure(maybeWritten), kind).toEqual({
        kind: 'transient',
        uncertain: true,
        exhaustible: true,
      })
    }
    // An unreadable answer main calls retryable (the web host's bridge does) is retried like an outage.
    const retryable: IpcError = { ...errorOf('bad_response'), retryable: true }
    expect(classifyFailure(retryable)).toEqual({ kind: 'transient', uncertain: true, exhaustible: false })
  })

  it('takes whether the request may have reached Wix from main, not from the kind', () => {
    // A connection refused never left this computer: the next try need not look first.
    const refused = errorFromFetchFailure(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }))
    expect(classifyFailure(refused.toIpcError())).toEqual({
      kind: 'transient',
      uncertain: false,
      exhaustible: false,
    })
  })

  it('decides an answer about the write itself by its kind, whatever the flags', () => {
    for (const kind of ipcErrorKinds) {
      const decided = decisions[kind]
      if (decided.kind === 'transient') continue
      for (const retryable of [true, false])
        for (const mayHaveReachedServer of [true, false])
          expect(classifyFailure({ ...errorOf(kind), retryable, mayHaveReachedServer }), kind).toEqual(
            decided,
          )
    }
  })

  it('gives up after a few tries on a bridge that failed or a bug in the renderer, which may have been written', async () => {
    const bridge = await unwrap<never>(Promise.reject(new Error('gone'))).catch(gatewayErrorOf)
    const bug = gatewayErrorOf(new TypeError('undefined is not a function'))
    for (const error of [bridge, bug])
      expect(classifyFailure(error)).toEqual({ kind: 'transient', uncertain: true, exhaustible: true })
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
