import { originOf } from '../origin'

/** What main knows about who sent an IPC message. */
export interface SenderInfo {
  /** URL of the frame that sent it, if Electron still knows it. */
  frameUrl: string | null
  /** False for iframes: only the window's top document may talk to main. */
  isMainFrame: boolean
  /** True when the sender is the web contents of a window Rollcall created. */
  isOwnWindow: boolean
}

export type SenderCheck = (sender: SenderInfo) => boolean

/** Only the top frame of our own window, showing our own origin, may call main. */
export function createSenderPolicy(appOrigin: string): SenderCheck {
  const expected = originOf(appOrigin)
  return (sender) =>
    sender.isOwnWindow &&
    sender.isMainFrame &&
    sender.frameUrl !== null &&
    expected !== null &&
    originOf(sender.frameUrl) === expected
}
