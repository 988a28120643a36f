import type { RollcallApi } from '@shared/ipc/api'
import { channelName, eventChannelNames, invokeChannelNames, subscribeMethodName } from '@shared/ipc/channels'

/** The slice of ipcRenderer the API needs; the listener receives only the payload, never the IPC event. */
export interface PreloadTransport {
  invoke(channel: string, input: unknown): Promise<unknown>
  on(channel: string, listener: (payload: unknown) => void): () => void
}

type Method = (...args: unknown[]) => unknown

/**
 * Builds `window.rollcall` from the channel list: exactly one method per invoke channel and one `on<Event>`
 * per event channel. Nothing generic (no `invoke(channel)`) crosses the bridge; main validates every input.
 */
export function buildRollcallApi(transport: PreloadTransport): RollcallApi {
  const api: Record<string, Record<string, Method>> = {}
  const domainOf = (domain: string) => (api[domain] ??= {})

  for (const [domain, methods] of Object.entries(invokeChannelNames)) {
    for (const method of methods) {
      const channel = channelName(domain, method)
      domainOf(domain)[method] = (input?: unknown) => transport.invoke(channel, input)
    }
  }
  for (const [domain, events] of Object.entries(eventChannelNames)) {
    for (const event of events) {
      const channel = channelName(domain, event)
      domainOf(domain)[subscribeMethodName(event)] = (listener: unknown) => {
        if (typeof listener !== 'function') throw new TypeError(`${channel}: listener must be a function`)
        return transport.on(channel, (payload) => (listener as (p: unknown) => void)(payload))
      }
    }
  }
  return api as unknown as RollcallApi
}
