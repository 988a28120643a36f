import type { IpcError, IpcResult } from '@shared/ipc/envelope'
import { buildRollcallApi, type PreloadTransport } from '../../preload/api'
import { EVENTS_PATH, IPC_PATH } from '../paths'

/**
 * `window.rollcall` for the web host (browser code, served as /__rollcall/bridge.js): the same API the
 * preload builds, with HTTP for IPC — one POST per call, answered with the channel's envelope — and one
 * EventSource for main's pushes. Main validates every input exactly as over IPC.
 */
function unreachable(message: string): IpcResult<never> {
  // The call may have reached the host (and Wix) before the line dropped.
  const error: IpcError = {
    kind: 'network',
    code: 'WEB_HOST_UNREACHABLE',
    message,
    retryable: true,
    mayHaveReachedServer: true,
  }
  return { ok: false, error }
}

async function invoke(channel: string, input: unknown): Promise<unknown> {
  let response: Response
  try {
    response = await fetch(`${IPC_PATH}${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ input }),
      cache: 'no-store',
    })
  } catch {
    // The browser is offline, or the host has stopped: to the renderer this is a line that is down.
    return unreachable(
      'Cannot reach the Rollcall web host (this browser is offline or the host has stopped).',
    )
  }
  try {
    return (await response.json()) as unknown
  } catch {
    const error = {
      kind: 'bad_response',
      code: 'WEB_HOST_BAD_RESPONSE',
      message: `The Rollcall web host answered ${String(response.status)} without a readable body.`,
      retryable: true,
      // The host answered: whatever it did with the call may have reached Wix.
      mayHaveReachedServer: true,
    } as const
    return { ok: false, error }
  }
}

let events: EventSource | null = null

const transport: PreloadTransport = {
  invoke,
  on(channel, listener) {
    // One stream for every subscription; the browser reconnects it by itself after an outage, and the host
    // sends the current state of every channel on each (re)connection, so nothing missed stays missed.
    events ??= new EventSource(EVENTS_PATH)
    const handler = (event: MessageEvent<string>) => listener(JSON.parse(event.data) as unknown)
    events.addEventListener(channel, handler)
    return () => events?.removeEventListener(channel, handler)
  },
}

Object.defineProperty(window, 'rollcall', { value: Object.freeze(buildRollcallApi(transport)) })
