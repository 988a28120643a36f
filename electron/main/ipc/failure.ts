import type { IpcError } from '@shared/ipc/envelope'

/** An error that knows how it should look to the renderer (a Wix error, a refused action, …). */
export interface ReportableError {
  toIpcError(): IpcError
}

/** Throw from a handler to answer `{ ok: false, error }` with exactly this error. */
export class IpcFailure extends Error implements ReportableError {
  constructor(readonly error: IpcError) {
    super(error.message)
    this.name = 'IpcFailure'
  }

  toIpcError(): IpcError {
    return this.error
  }
}

function isReportable(error: unknown): error is ReportableError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as Partial<ReportableError>).toIpcError === 'function'
  )
}

export const internalError: IpcError = {
  kind: 'internal',
  code: 'INTERNAL',
  message: 'Something went wrong inside Rollcall. The details are in the log.',
  retryable: false,
  // A bug may strike after Wix was called (e.g. an answer that breaks the contract): it may have been applied.
  mayHaveReachedServer: true,
}

/** Reportable errors pass through; anything else is a bug in main and is reported without its details. */
export function toIpcError(error: unknown): IpcError {
  return isReportable(error) ? error.toIpcError() : internalError
}
