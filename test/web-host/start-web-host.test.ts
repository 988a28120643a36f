import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDemoSite, type DemoSite } from '../../electron/demo-site'
import { EVENTS_PATH, IPC_PATH } from '../../electron/web-host/paths'
import { startWebHost, type WebHost } from '../../electron/web-host/start-web-host'
import { NOW } from '../demo-site/demo-site-client'
import { openEventStream, projectRoot, requireBuiltRenderer } from './support'

/** A site started apart, as `npm run demo-site` would: a GUID site ID and a long key, like a real site. */
const siteId = '0a1b2c3d-1111-4222-8333-444455556666'
const apiKey = `IST.${'k'.repeat(60)}`

let apart: DemoSite

beforeAll(async () => {
  requireBuiltRenderer()
  apart = await startDemoSite({
    bookings: 50,
    seed: 5,
    apiKey,
    siteId,
    rateLimitPerMinute: Infinity,
    startsAt: NOW,
  })
})
afterAll(() => apart?.stop())

function caller(host: WebHost) {
  return async (channel: string, input?: unknown) => {
    const response = await fetch(`${host.url}${IPC_PATH}${channel}`, {
      method: 'POST',
      headers: { origin: host.url, 'content-type': 'application/json' },
      body: JSON.stringify({ input }),
    })
    return (await response.json()) as { ok: boolean; data?: unknown; error?: unknown }
  }
}

const isUp = (url: string) =>
  fetch(url, { method: 'HEAD' }).then(
    () => true,
    () => false,
  )

describe('startWebHost with connectTo (a Wix-compatible API started apart)', () => {
  let host: WebHost
  const demosStarted: DemoSite[] = []

  beforeAll(async () => {
    host = await startWebHost({
      projectRoot,
      port: 0,
      connectTo: { apiKey, siteId, apiBaseUrl: apart.url },
      onDemoSite: (demo) => demosStarted.push(demo),
    })
  })
  afterAll(() => host?.stop())

  it('is in wix mode on that site, and starts no demo site of its own', async () => {
    const call = caller(host)
    expect(await call('site.status')).toEqual({
      ok: true,
      data: expect.objectContaining({
        mode: 'wix',
        siteId,
        apiBaseUrl: apart.url,
        storeKey: `wix-${siteId}`,
        businessName: 'Juniper Street Studio',
        problem: null,
      }),
    })
    expect(host.services.site.status().mode).toBe('wix')
    expect(demosStarted).toEqual([])
  })

  it('reads bookings from that site, with its key', async () => {
    const before = apart.requestLog().length
    expect(
      await caller(host)('bookings.count', { by: 'updatedSince', since: '2000-01-01T00:00:00Z' }),
    ).toEqual({
      ok: true,
      data: { count: 50 },
    })
    expect(apart.requestLog().length).toBeGreaterThan(before)
  })

  it('never has an update, and no logs folder: it says so in words', async () => {
    const call = caller(host)
    expect(await call('app.updateStatus')).toEqual({ ok: true, data: { state: 'idle' } })
    expect(await call('app.installUpdate')).toMatchObject({
      ok: false,
      error: {
        kind: 'rejected',
        code: 'NO_UPDATES',
        message: expect.stringMatching(/does not update itself/),
      },
    })
    expect(await call('app.openLogsFolder')).toMatchObject({
      ok: false,
      error: {
        kind: 'not_found',
        code: 'NO_LOGS_FOLDER',
        message: expect.stringMatching(/no logs folder in the browser mode/),
      },
    })
    expect(host.services.updates).toBeNull()
  })

  it('goes back to a demo site of its own on site.useDemo, tells the streams, and stops it with itself', async () => {
    const stream = await openEventStream(`${host.url}${EVENTS_PATH}`)
    try {
      expect(await stream.next()).toMatchObject({ event: 'site.changed', data: { mode: 'wix', siteId } })
      const switched = await caller(host)('site.useDemo')
      expect(switched).toMatchObject({ ok: true, data: { mode: 'demo' } })
      expect(demosStarted).toHaveLength(1)
      const demo = demosStarted[0]
      expect(switched.data).toMatchObject({ apiBaseUrl: demo?.url })
      for (;;) {
        const event = await stream.next()
        if (event.event !== 'site.changed') continue
        expect(event.data).toEqual(switched.data)
        break
      }
      expect(await isUp(demo?.url ?? '')).toBe(true)

      await host.stop()
      expect(await stream.ended()).toBe(true)
      expect(await isUp(demo?.url ?? '')).toBe(false)
      expect(await isUp(host.url)).toBe(false)
      expect(await isUp(apart.url)).toBe(true)
    } finally {
      await stream.close()
    }
  })
})

describe('startWebHost with credentials the site refuses', () => {
  it('rejects with the reason, for a wrong key', async () => {
    await expect(
      startWebHost({
        projectRoot,
        port: 0,
        connectTo: { apiKey: `IST.${'w'.repeat(60)}`, siteId, apiBaseUrl: apart.url },
      }),
    ).rejects.toThrow('Wix did not accept the API key')
  })

  it('rejects when nothing answers at the address', async () => {
    const closed = createServer()
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>((r) => closed.close(() => r()))
    await expect(
      startWebHost({
        projectRoot,
        port: 0,
        connectTo: { apiKey, siteId, apiBaseUrl: `http://127.0.0.1:${String(port)}` },
      }),
    ).rejects.toThrow('Cannot reach Wix')
  })
})

describe('startWebHost on the demo site', () => {
  it('stop() ends the event streams, closes the port and stops the demo site it started; twice is fine', async () => {
    let demo: DemoSite | undefined
    const host = await startWebHost({
      projectRoot,
      demoSite: { bookings: 20, seed: 2, startsAt: NOW },
      onDemoSite: (started) => (demo = started),
    })
    const stream = await openEventStream(`${host.url}${EVENTS_PATH}`)
    try {
      expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(demo).toBeDefined()
      expect(host.services.site.status()).toMatchObject({ mode: 'demo', apiBaseUrl: demo?.url })
      expect(demo?.state().bookings).toHaveLength(20)
      expect((await stream.next()).event).toBe('site.changed')
      expect(await isUp(demo?.url ?? '')).toBe(true)

      await host.stop()
      expect(await stream.ended()).toBe(true)
      expect(await isUp(host.url)).toBe(false)
      expect(await isUp(demo?.url ?? '')).toBe(false)
      await host.stop()
    } finally {
      await stream.close()
      await host.stop()
    }
  })

  it('rejects when its port is taken, and stops the demo site it had started', async () => {
    const taken: Server = createServer()
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r))
    const port = (taken.address() as AddressInfo).port
    let demo: DemoSite | undefined
    try {
      await expect(
        startWebHost({
          projectRoot,
          port,
          demoSite: { bookings: 10, startsAt: NOW },
          onDemoSite: (d) => (demo = d),
        }),
      ).rejects.toThrow(/EADDRINUSE/)
      expect(demo).toBeDefined()
      expect(await isUp(demo?.url ?? '')).toBe(false)
    } finally {
      await new Promise<void>((r) => taken.close(() => r()))
      await demo?.stop()
    }
  })
})
