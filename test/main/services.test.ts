import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { startDemoSite, type DemoSite } from '../../electron/demo-site'
import { createEventPublisher } from '../../electron/main/ipc/events'
import { startMainServices, type MainServices, type MainServicesOptions } from '../../electron/main/services'
import type { UpdaterEvents } from '../../electron/main/updates/update-controller'
import { createMemoryCredentialStore } from '../../electron/web-host/memory-credentials'
import { NOW } from '../demo-site/demo-site-client'
import { sampleAppInfo, trustedSender } from './ipc/fixtures'

/** A Wix-compatible site started apart (a GUID site ID and a long key, like a real site). */
const siteId = '0a1b2c3d-1111-4222-8333-444455556666'
const apiKey = `IST.${'k'.repeat(60)}`
let apart: DemoSite

beforeAll(async () => {
  apart = await startDemoSite({
    bookings: 20,
    seed: 3,
    apiKey,
    siteId,
    rateLimitPerMinute: Infinity,
    startsAt: NOW,
  })
})
afterAll(() => apart?.stop())

const quietLog = { error: vi.fn(), warn: vi.fn(), info: vi.fn(), debug: vi.fn() }

function fakeUpdater() {
  const listeners = new Map<string, (...args: unknown[]) => void>()
  return {
    listeners,
    checkForUpdates: vi.fn(() => {
      listeners.get('update-available')?.({ version: '0.2.0' })
      return Promise.resolve(null)
    }),
    on: vi.fn(<E extends keyof UpdaterEvents>(event: E, listener: UpdaterEvents[E]) => {
      listeners.set(event, listener as (...args: unknown[]) => void)
    }),
    quitAndInstall: vi.fn(),
  }
}

let running: MainServices | null = null
afterEach(async () => {
  await running?.stop()
  running = null
})

async function start(
  options: Partial<MainServicesOptions> & { updater: ReturnType<typeof fakeUpdater>; isPackaged: boolean },
) {
  const pushed: { channel: string; payload: unknown }[] = []
  const { updater, isPackaged, ...rest } = options
  running = await startMainServices({
    fetch: globalThis.fetch,
    isOsOnline: () => true,
    credentials: createMemoryCredentialStore(),
    startDemoSite: () =>
      startDemoSite({ bookings: 20, seed: 4, rateLimitPerMinute: Infinity, startsAt: NOW }),
    appInfo: sampleAppInfo,
    isTrustedSender: () => true,
    events: createEventPublisher(() => [
      { isDestroyed: () => false, send: (channel, payload) => pushed.push({ channel, payload }) },
    ]),
    fallbackTimeZone: 'UTC',
    updates: { updater, isPackaged },
    log: quietLog,
    ...rest,
  })
  const services = running
  return {
    services,
    pushed: () => pushed.filter((p) => p.channel === 'app.updateChanged').map((p) => p.payload),
    call: (channel: string, input?: unknown) => services.dispatch(channel, trustedSender, input),
  }
}

describe('main’s services: updates', { timeout: 20_000 }, () => {
  it('look for updates on start in an installed build connected to a Wix site, and push where they stand', async () => {
    const updater = fakeUpdater()
    const { pushed, call } = await start({
      updater,
      isPackaged: true,
      connectTo: { apiKey, siteId, apiBaseUrl: apart.url },
    })
    await vi.waitFor(() => expect(updater.checkForUpdates).toHaveBeenCalledTimes(1))
    updater.listeners.get('update-downloaded')?.({ version: '0.2.0' })
    expect(pushed()).toEqual([
      { state: 'checking' },
      { state: 'downloading', version: '0.2.0' },
      { state: 'ready', version: '0.2.0' },
    ])
    expect(await call('app.updateStatus')).toEqual({ ok: true, data: { state: 'ready', version: '0.2.0' } })
    expect(updater.quitAndInstall).not.toHaveBeenCalled()
    expect(await call('app.installUpdate')).toEqual({ ok: true, data: { version: '0.2.0' } })
    expect(updater.quitAndInstall).toHaveBeenCalledTimes(1)
  })

  it('never look in development (not packaged)', async () => {
    const updater = fakeUpdater()
    quietLog.debug.mockClear()
    const { pushed } = await start({
      updater,
      isPackaged: false,
      connectTo: { apiKey, siteId, apiBaseUrl: apart.url },
    })
    // The check at start has decided (and said why it does not look).
    await vi.waitFor(() =>
      expect(quietLog.debug).toHaveBeenCalledWith(
        'Not looking for updates: a development build (not packaged) never updates itself',
      ),
    )
    expect(updater.checkForUpdates).not.toHaveBeenCalled()
    expect(updater.on).not.toHaveBeenCalled()
    expect(pushed()).toEqual([])
  })

  it('never look on the demo site, and look as soon as a Wix site is connected', async () => {
    const updater = fakeUpdater()
    quietLog.debug.mockClear()
    const { call } = await start({ updater, isPackaged: true })
    await vi.waitFor(() =>
      expect(quietLog.debug).toHaveBeenCalledWith('Not looking for updates: the demo site is in use'),
    )
    expect(updater.checkForUpdates).not.toHaveBeenCalled()
    expect(await call('site.connect', { apiKey, siteId, apiBaseUrl: apart.url })).toMatchObject({ ok: true })
    await vi.waitFor(() => expect(updater.checkForUpdates).toHaveBeenCalledTimes(1))
  })

  it('have no logs folder unless given one', async () => {
    const { call } = await start({ updater: fakeUpdater(), isPackaged: false })
    expect(await call('app.openLogsFolder')).toMatchObject({ ok: false, error: { code: 'NO_LOGS_FOLDER' } })
  })
})
