import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron'
import { allInvokeChannels } from '@shared/ipc/channels'
import type { Dispatch } from './dispatch'
import type { SenderInfo } from './sender-policy'

export function senderInfoOf(event: IpcMainInvokeEvent): SenderInfo {
  const frame = event.senderFrame
  return {
    frameUrl: frame?.url ?? null,
    isMainFrame: frame !== null && frame === event.sender.mainFrame,
    isOwnWindow: BrowserWindow.fromWebContents(event.sender) !== null,
  }
}

/** Binds every channel of the contract to the dispatcher; the only place that touches `ipcMain.handle`. */
export function registerIpc(dispatch: Dispatch): () => void {
  const channels = allInvokeChannels()
  for (const channel of channels) {
    ipcMain.handle(channel, (event, input: unknown) => dispatch(channel, senderInfoOf(event), input))
  }
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel))
}
