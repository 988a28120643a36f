import type { RollcallApi } from '@shared/ipc/api'
import type { IpcError, IpcResult } from '@shared/ipc/envelope'

/**
 * The engine's port to Wix: the part of `window.rollcall` it uses. In the app it is the preload bridge; in
 * tests the same API built over main's real handlers and the demo site (no Electron in between).
 */
export type BookingsGateway = Pick<RollcallApi, 'bookings' | 'attendance' | 'sessions' | 'services'>

/**
 * A failed gateway call, with main's classification of what went wrong: its kind, and whether trying again can
 * help and the call may have reached Wix (`retryable`, `mayHaveReachedServer`), which the replayer reads as
 * main sent them (failure-kinds.ts). The only errors main did not send are made below, with both set.
 */
export class GatewayError extends Error {
  override name = 'GatewayError'
  constructor(readonly error: IpcError) {
    super(error.message)
  }
}

/**
 * Unwraps an IPC envelope; a broken bridge (the promise itself rejects) counts as an internal error: not
 * expected to pass as is, and it may have failed after main called Wix, so the replayer looks, a few times.
 */
export async function unwrap<T>(call: Promise<IpcResult<T>>): Promise<T> {
  let result: IpcResult<T>
  try {
    result = await call
  } catch (error) {
    throw new GatewayError({
      kind: 'internal',
      code: 'BRIDGE_FAILED',
      message: error instanceof Error ? error.message : String(error),
      retryable: false,
      mayHaveReachedServer: true,
    })
  }
  if (!result.ok) throw new GatewayError(result.error)
  return result.data
}

/** A thrown error as main's classification: a GatewayError's own; anything else is a bug here (as above). */
export function gatewayErrorOf(error: unknown): IpcError {
  if (error instanceof GatewayError) return error.error
  return {
    kind: 'internal',
    code: 'UNEXPECTED',
    message: error instanceof Error ? error.message : String(error),
    retryable: false,
    mayHaveReachedServer: true,
  }
}
