import type { RollcallApi } from '@shared/ipc/api'

declare global {
  interface Window {
    /** Exposed by the preload (electron/preload); typed from the IPC contract in shared/ipc. */
    readonly rollcall?: RollcallApi
  }
}

/** The bridge to the main process, or a clear error when the page is opened outside Rollcall's window. */
export function rollcall(): RollcallApi {
  const api = window.rollcall
  if (!api) throw new Error('Rollcall is not connected to its main process (window.rollcall is missing).')
  return api
}
