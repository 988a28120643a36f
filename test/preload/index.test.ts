import { beforeEach, describe, expect, it, vi } from 'vitest'
import { allEventChannels, allInvokeChannels, channelName, subscribeMethodName } from '@shared/ipc/channels'

const exposed = new Map<string, unknown>()
const listeners = new Map<string, Set<(...args: unknown[]) => void>>()
const invoke = vi.fn((channel: string, input: unknown) =>
  Promise.resolve({ ok: true, data: { channel, input } }),
)

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke: (channel: string, input: unknown) => invoke(channel, input),
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set())
      listeners.get(channel)?.add(listener)
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) =>
      listeners.get(channel)?.delete(listener),
  },
}))

type Api = Record<string, Record<string, (...args: unknown[]) => unknown>>

async function loadPreload(): Promise<Api> {
  vi.resetModules()
  exposed.clear()
  await import('../../electron/preload/index')
  return exposed.get('rollcall') as Api
}

/** Every `domain.member` the preload exposes, named like a channel (events under their `on…` name). */
function exposedMembers(api: Api): string[] {
  return Object.entries(api).flatMap(([domain, members]) => Object.keys(members).map((m) => `${domain}.${m}`))
}

describe('the preload', () => {
  beforeEach(() => {
    invoke.mockClear()
    listeners.clear()
  })

  it('exposes window.rollcall and nothing else', async () => {
    await loadPreload()
    expect([...exposed.keys()]).toEqual(['rollcall'])
  })

  it('exposes exactly one function per contract channel and one subscription per event', async () => {
    const api = await loadPreload()
    const expected = [
      ...allInvokeChannels(),
      ...allEventChannels().map((channel) => {
        const [domain = '', event = ''] = channel.split('.')
        return channelName(domain, subscribeMethodName(event))
      }),
    ].sort()
    expect(exposedMembers(api).sort()).toEqual(expected)
    for (const members of Object.values(api)) {
      for (const member of Object.values(members)) expect(typeof member).toBe('function')
    }
    expect(exposedMembers(api)).not.toContain('invoke')
  })

  it('sends each call on its own channel with its input', async () => {
    const api = await loadPreload()
    await api.app?.info?.()
    expect(invoke).toHaveBeenLastCalledWith('app.info', undefined)
    await api.connectivity?.status?.()
    expect(invoke).toHaveBeenLastCalledWith('connectivity.status', undefined)
  })

  it('passes only the payload to subscribers (never the IPC event) and unsubscribes', async () => {
    const api = await loadPreload()
    const received: unknown[] = []
    const unsubscribe = api.connectivity?.onChanged?.((payload: unknown) =>
      received.push(payload),
    ) as () => void
    const [listener] = listeners.get('connectivity.changed') ?? []
    listener?.({ sender: 'ipc-event-with-sender' }, { state: 'offline' })
    expect(received).toEqual([{ state: 'offline' }])
    unsubscribe()
    expect(listeners.get('connectivity.changed')?.size).toBe(0)
  })

  it('refuses a subscription that is not a function', async () => {
    const api = await loadPreload()
    expect(() => api.connectivity?.onChanged?.('not a function')).toThrow(TypeError)
  })
})
