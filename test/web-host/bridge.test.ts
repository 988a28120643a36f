// Time is pinned here: the dates below are fixed data or the demo site's pinned clock, never the machine's date
// or zone (npm run test:clocks runs this file under moved clocks and zones).
import { runInNewContext } from 'node:vm'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { RollcallApi } from '@shared/ipc/api'
import {
  allInvokeChannels,
  eventChannelNames,
  invokeChannelNames,
  subscribeMethodName,
} from '@shared/ipc/channels'
import { bundleBrowserBridge } from '../../electron/web-host/bridge/bundle-bridge'
import { EVENTS_PATH } from '../../electron/web-host/paths'
import { projectRoot } from './support'

let script: string

beforeAll(async () => {
  script = await bundleBrowserBridge(projectRoot)
})

type Listener = (event: { data: string }) => void

/** Just enough of EventSource for the bridge: the URL it opened, and its listeners by event name. */
class FakeEventSource {
  static opened: FakeEventSource[] = []
  readonly listeners = new Map<string, Set<Listener>>()
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this)
  }
  addEventListener(name: string, listener: Listener) {
    if (!this.listeners.has(name)) this.listeners.set(name, new Set())
    this.listeners.get(name)?.add(listener)
  }
  removeEventListener(name: string, listener: Listener) {
    this.listeners.get(name)?.delete(listener)
  }
  emit(name: string, payload: unknown) {
    for (const listener of this.listeners.get(name) ?? []) listener({ data: JSON.stringify(payload) })
  }
}

interface Page {
  window: { rollcall?: RollcallApi }
  fetch: ReturnType<typeof vi.fn>
  api: RollcallApi
}

/** Runs the bundled bridge in a fresh V8 context with a fake window, fetch and EventSource (no jsdom). */
function loadBridge(fetchImpl: (url: string, init: RequestInit) => Promise<unknown>): Page {
  FakeEventSource.opened = []
  const window: Page['window'] = {}
  const fetch = vi.fn(fetchImpl)
  runInNewContext(script, { window, fetch, EventSource: FakeEventSource })
  if (!window.rollcall) throw new Error('the bridge did not define window.rollcall')
  return { window, fetch, api: window.rollcall }
}

const answering =
  (envelope: unknown, status = 200) =>
  () =>
    Promise.resolve({ status, json: () => Promise.resolve(envelope) })

describe('bundleBrowserBridge', () => {
  it('returns an IIFE: plain browser JavaScript, no imports or exports, no Node', () => {
    expect(script.trim()).toMatch(/^(var rollcallBrowserScript = )?\(function\(\) \{/)
    expect(script).not.toMatch(/^\s*(import|export)\s/m)
    expect(script).not.toMatch(/\brequire\(|process\.|node:/)
    expect(script).toContain('"/__rollcall"')
  })
})

describe('window.rollcall from the bridge', () => {
  it('has exactly one method per channel of shared/ipc/channels.ts, and is frozen', () => {
    const { window, api } = loadBridge(answering({ ok: true, data: null }))
    const expected: Record<string, string[]> = {}
    for (const [domain, methods] of Object.entries(invokeChannelNames)) expected[domain] = [...methods]
    for (const [domain, events] of Object.entries(eventChannelNames)) {
      expected[domain] = [...(expected[domain] ?? []), ...events.map((e) => subscribeMethodName(e))]
    }
    expect(Object.keys(api).sort()).toEqual(Object.keys(expected).sort())
    for (const [domain, methods] of Object.entries(expected)) {
      const members = (api as unknown as Record<string, Record<string, unknown>>)[domain] ?? {}
      expect(Object.keys(members).sort(), domain).toEqual([...methods].sort())
      for (const method of methods) expect(typeof members[method], `${domain}.${method}`).toBe('function')
    }
    expect(Object.isFrozen(api)).toBe(true)
    const descriptor = Object.getOwnPropertyDescriptor(window, 'rollcall')
    expect(descriptor).toMatchObject({ writable: false, configurable: false })
  })

  it.each(allInvokeChannels())('%s POSTs {input} to /__rollcall/ipc/<channel>', async (channel) => {
    const envelope = { ok: true, data: { answered: channel } }
    const { fetch, api } = loadBridge(answering(envelope))
    const [domain = '', method = ''] = channel.split('.')
    const fn = (api as unknown as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>)[
      domain
    ]?.[method]
    const input = { some: 'input', n: 1 }
    expect(await fn?.(input)).toEqual(envelope)
    expect(fetch).toHaveBeenCalledTimes(1)
    const [url, init] = fetch.mock.calls[0] as [string, RequestInit]
    expect(url).toBe(`/__rollcall/ipc/${channel}`)
    expect(init.method).toBe('POST')
    expect(init.headers).toEqual({ 'content-type': 'application/json' })
    expect(JSON.parse(init.body as string)).toEqual({ input })
  })

  it('sends {} for a call without input (main reads input as undefined)', async () => {
    const { fetch, api } = loadBridge(answering({ ok: true, data: {} }))
    await api.app.info()
    expect((fetch.mock.calls[0] as [string, RequestInit])[1].body).toBe('{}')
  })

  it('returns a failure envelope as it came, whatever the HTTP status', async () => {
    const refused = {
      ok: false,
      error: { kind: 'untrusted_sender', code: 'UNTRUSTED_SENDER', message: 'no', retryable: false },
    }
    const { api } = loadBridge(answering(refused, 403))
    expect(await api.site.status()).toEqual(refused)
  })

  it('answers a network-kind error envelope when fetch rejects (browser offline, host stopped)', async () => {
    const { api } = loadBridge(() => Promise.reject(new TypeError('Failed to fetch')))
    expect(await api.bookings.count({ by: 'updatedSince', since: '2026-01-01T00:00:00Z' })).toEqual({
      ok: false,
      error: {
        kind: 'network',
        code: 'WEB_HOST_UNREACHABLE',
        message: expect.stringContaining('Cannot reach the Rollcall web host'),
        retryable: true,
        mayHaveReachedServer: true,
      },
    })
  })

  it('answers a bad_response envelope when the body is not JSON', async () => {
    const { api } = loadBridge(() =>
      Promise.resolve({ status: 502, json: () => Promise.reject(new SyntaxError('Unexpected token <')) }),
    )
    expect(await api.app.info()).toEqual({
      ok: false,
      error: {
        kind: 'bad_response',
        code: 'WEB_HOST_BAD_RESPONSE',
        message: 'The Rollcall web host answered 502 without a readable body.',
        retryable: true,
        mayHaveReachedServer: true,
      },
    })
  })

  it('subscribes with one EventSource on /__rollcall/events, opened at the first subscription', () => {
    const { api } = loadBridge(answering({ ok: true, data: null }))
    expect(FakeEventSource.opened).toHaveLength(0)
    const sites: unknown[] = []
    const lines: unknown[] = []
    const stopSite = api.site.onChanged((status) => sites.push(status))
    const stopLine = api.connectivity.onChanged((status) => lines.push(status))
    expect(FakeEventSource.opened).toHaveLength(1)
    const source = FakeEventSource.opened[0]
    expect(source?.url).toBe(EVENTS_PATH)

    source?.emit('site.changed', { mode: 'demo' })
    source?.emit('connectivity.changed', { state: 'online' })
    expect(sites).toEqual([{ mode: 'demo' }])
    expect(lines).toEqual([{ state: 'online' }])

    stopSite()
    source?.emit('site.changed', { mode: 'wix' })
    source?.emit('connectivity.changed', { state: 'offline' })
    expect(sites).toEqual([{ mode: 'demo' }])
    expect(lines).toEqual([{ state: 'online' }, { state: 'offline' }])
    stopLine()
    expect(source?.listeners.get('connectivity.changed')?.size).toBe(0)
  })

  it('refuses a listener that is not a function', () => {
    const { api } = loadBridge(answering({ ok: true, data: null }))
    expect(() => api.site.onChanged('nope' as never)).toThrow(/site\.changed: listener must be a function/)
  })
})
