import { afterEach, describe, expect, it } from 'vitest'
import { startDemoSite, type DemoSite } from '../../../electron/demo-site'
import { NOW } from '../../demo-site/demo-site-client'
import {
  CredentialsUnreadableError,
  type CredentialStore,
  type StoredCredentials,
} from '../../../electron/main/credentials/credential-store'
import {
  createSiteConnection,
  keyIdOf,
  wixStoreKey,
  type SiteConnection,
} from '../../../electron/main/site/site-connection'
import { SITE_NOT_FOUND_CODE } from '@shared/ipc/site'
import { toIpcError } from '../../../electron/main/ipc/failure'
import { createWixClient } from '../../../electron/main/wix/client'
import { trustedSender } from '../ipc/fixtures'
import { dispatcherOver } from '../ipc/site-dispatcher'

const SITE_ID = '1a2b3c4d-0000-4000-8000-00000000abcd'
const API_KEY = 'IST.a-real-looking-api-key-0123456789'

function memoryStore(initial: StoredCredentials | null = null, unreadable = false) {
  let saved = initial
  const store: CredentialStore = {
    load: () =>
      unreadable
        ? Promise.reject(new CredentialsUnreadableError('The saved Wix connection could not be read (bad).'))
        : Promise.resolve(saved),
    save: (credentials) => ((saved = credentials), Promise.resolve()),
    clear: () => ((saved = null), Promise.resolve()),
  }
  return { store, saved: () => saved }
}

const running: { stop(): Promise<void> }[] = []
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.stop()))
})

function connectionWith(store: CredentialStore): SiteConnection {
  const connection = createSiteConnection({
    credentials: store,
    startDemoSite: async () => {
      const site = await startDemoSite({ rateLimitPerMinute: Infinity, startsAt: NOW })
      running.push(site)
      return site
    },
    createClient: ({ baseUrl, credentials }) =>
      createWixClient({
        baseUrl,
        credentials,
        retryPolicy: { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
        timeoutMs: 2000,
      }),
    fallbackTimeZone: 'UTC',
  })
  running.push(connection)
  return connection
}

/** Another simulator standing in for a real Wix site reached over the network. */
async function aWixSite(): Promise<DemoSite> {
  const site = await startDemoSite({
    apiKey: API_KEY,
    siteId: SITE_ID,
    businessName: 'Harbor Yoga',
    timeZone: 'Europe/Lisbon',
    startsAt: NOW,
  })
  running.push(site)
  return site
}

describe('the site connection', () => {
  it('runs on the built-in demo site when no site is saved', async () => {
    const connection = connectionWith(memoryStore().store)
    const status = await connection.start()
    expect(status).toMatchObject({
      mode: 'demo',
      businessName: 'Juniper Street Studio',
      timeZone: 'America/Chicago',
      problem: null,
    })
    expect(status.apiBaseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(await connection.client().bookings.count()).toBeGreaterThan(0)
  })

  it('tests credentials with real calls and changes nothing when they are wrong', async () => {
    const memory = memoryStore()
    const connection = connectionWith(memory.store)
    await connection.start()
    const wix = await aWixSite()
    const wrong = { apiKey: 'IST.wrong-key-wrong-key-wrong-key', siteId: SITE_ID, apiBaseUrl: wix.url }
    await expect(connection.test(wrong)).rejects.toMatchObject({ kind: 'auth' })
    await expect(connection.connect(wrong)).rejects.toMatchObject({ kind: 'auth' })
    expect(connection.status().mode).toBe('demo')
    expect(memory.saved()).toBeNull()
    expect(await connection.test({ apiKey: API_KEY, siteId: SITE_ID, apiBaseUrl: wix.url })).toEqual({
      businessName: 'Harbor Yoga',
      timeZone: 'Europe/Lisbon',
    })
    expect(memory.saved()).toBeNull()
  })

  it('connects: saves the site with its profile, switches, tells listeners and stops the demo site', async () => {
    const memory = memoryStore()
    const connection = connectionWith(memory.store)
    const demoUrl = (await connection.start()).apiBaseUrl
    const wix = await aWixSite()
    const seen: string[] = []
    connection.subscribe((status) => seen.push(status.mode))
    const status = await connection.connect({ apiKey: API_KEY, siteId: SITE_ID, apiBaseUrl: wix.url })
    expect(status).toMatchObject({
      mode: 'wix',
      siteId: SITE_ID,
      businessName: 'Harbor Yoga',
      apiBaseUrl: wix.url,
      storeKey: wixStoreKey(SITE_ID),
    })
    expect(memory.saved()).toMatchObject({ apiKey: API_KEY, siteId: SITE_ID, timeZone: 'Europe/Lisbon' })
    expect(seen).toEqual(['wix'])
    expect(await connection.client().bookings.count()).toBe(wix.state().bookings.length)
    await expect(fetch(demoUrl)).rejects.toThrow()
  })

  it('names the key in use by a digest that changes with the key and never shows the key (keyId)', async () => {
    const connection = connectionWith(memoryStore().store)
    await connection.start()
    const wix = await aWixSite()
    const first = await connection.connect({ apiKey: API_KEY, siteId: SITE_ID, apiBaseUrl: wix.url })
    expect(first.keyId).toBe(keyIdOf({ apiKey: API_KEY, siteId: SITE_ID }))
    expect(first.keyId).toMatch(/^[A-Za-z0-9_-]{16}$/)
    expect(JSON.stringify(first)).not.toContain(API_KEY)
    expect(keyIdOf({ apiKey: `${API_KEY}x`, siteId: SITE_ID })).not.toBe(first.keyId)
  })

  it('starts on a saved site from its saved profile, even offline', async () => {
    const saved = {
      apiKey: API_KEY,
      siteId: SITE_ID,
      apiBaseUrl: 'http://127.0.0.1:9',
      businessName: 'Harbor Yoga',
      timeZone: 'Europe/Lisbon',
    }
    const connection = connectionWith(memoryStore(saved).store)
    expect(await connection.start()).toMatchObject({
      mode: 'wix',
      businessName: 'Harbor Yoga',
      problem: null,
      // The same store as when it was connected: its unsent changes are still there.
      storeKey: wixStoreKey(SITE_ID),
    })
  })

  it('falls back to the demo site, saying why, when the saved site cannot be read', async () => {
    const connection = connectionWith(memoryStore(null, true).store)
    expect(await connection.start()).toMatchObject({
      mode: 'demo',
      problem: expect.stringMatching(/could not be read/),
    })
  })

  it('goes back to the demo site and forgets the saved one', async () => {
    const memory = memoryStore()
    const connection = connectionWith(memory.store)
    await connection.start()
    const wix = await aWixSite()
    await connection.connect({ apiKey: API_KEY, siteId: SITE_ID, apiBaseUrl: wix.url })
    const demo = await connection.useDemo()
    expect(demo.mode).toBe('demo')
    expect(demo.storeKey).toMatch(/^demo-/)
    expect(memory.saved()).toBeNull()
    expect(await connection.client().bookings.count()).toBeGreaterThan(0)
  })
})

describe('credentials as they are pasted', () => {
  it('main cleans a pasted key and site ID of invisible characters, tests and saves them clean', async () => {
    const memory = memoryStore()
    const connection = connectionWith(memory.store)
    await connection.start()
    const wix = await aWixSite()
    const dispatch = dispatcherOver(connection)
    const pasted = {
      apiKey: `\uFEFF${API_KEY.slice(0, 10)}\u200B${API_KEY.slice(10)}\u00A0\r\n`,
      siteId: `\u200E${SITE_ID}\u2060 `,
      apiBaseUrl: wix.url,
    }
    expect(await dispatch('site.test', trustedSender, pasted)).toEqual({
      ok: true,
      data: { businessName: 'Harbor Yoga', timeZone: 'Europe/Lisbon' },
    })
    expect(await dispatch('site.connect', trustedSender, pasted)).toMatchObject({
      ok: true,
      data: { mode: 'wix', siteId: SITE_ID, storeKey: wixStoreKey(SITE_ID) },
    })
    expect(memory.saved()).toMatchObject({ apiKey: API_KEY, siteId: SITE_ID })
  })

  it('refuses a key with a character that cannot be in a key, in words, and calls nobody', async () => {
    const connection = connectionWith(memoryStore().store)
    await connection.start()
    const wix = await aWixSite()
    const answer = await dispatcherOver(connection)('site.test', trustedSender, {
      apiKey: `${API_KEY}😀`,
      siteId: SITE_ID,
      apiBaseUrl: wix.url,
    })
    expect(answer).toMatchObject({ ok: false, error: { kind: 'invalid_input' } })
    expect(answer.ok ? '' : answer.error.message).toContain(
      'The API key contains a character that cannot be part of a key (the emoji “😀”, U+1F600): paste it again from Wix',
    )
    expect(wix.requestLog()).toEqual([])
  })

  it('answers such a key in words even when it reaches the connection some other way (never INTERNAL)', async () => {
    const memory = memoryStore()
    const connection = connectionWith(memory.store)
    await connection.start()
    const wix = await aWixSite()
    for (const apiKey of [`${API_KEY}\u200B`, `${API_KEY}😀`]) {
      const error: unknown = await connection.test({ apiKey, siteId: SITE_ID, apiBaseUrl: wix.url }).then(
        () => undefined,
        (e: unknown) => e,
      )
      expect(toIpcError(error)).toMatchObject({ kind: 'auth', code: 'API_KEY_UNSENDABLE' })
    }
    expect(wix.requestLog()).toEqual([])
    expect(memory.saved()).toBeNull()
  })

  it('tells a wrong site ID apart from a key without the Bookings permission', async () => {
    const connection = connectionWith(memoryStore().store)
    await connection.start()
    const wix = await aWixSite()
    const otherSite = '9f8e7d6c-0000-4000-8000-00000000abcd'
    await expect(
      connection.test({ apiKey: API_KEY, siteId: otherSite, apiBaseUrl: wix.url }),
    ).rejects.toMatchObject({ kind: 'forbidden', code: SITE_NOT_FOUND_CODE })
    wix.injectFault({
      kind: 'status',
      status: 403,
      body: { message: 'Permission denied', details: { applicationError: { code: 'PERMISSION_DENIED' } } },
    })
    await expect(
      connection.test({ apiKey: API_KEY, siteId: SITE_ID, apiBaseUrl: wix.url }),
    ).rejects.toMatchObject({ kind: 'forbidden', code: 'PERMISSION_DENIED' })
  })
})

describe('store keys: which local store holds a site', () => {
  it('gives a Wix site one key for good, and each new demo site (a new world) a key of its own', async () => {
    const connection = connectionWith(memoryStore().store)
    const first = (await connection.start()).storeKey
    expect(first).toMatch(/^demo-[0-9a-f-]{36}$/)
    expect(connection.status().storeKey).toBe(first)
    const wix = await aWixSite()
    await connection.connect({ apiKey: API_KEY, siteId: SITE_ID, apiBaseUrl: wix.url })
    const second = (await connection.useDemo()).storeKey
    expect(second).toMatch(/^demo-/)
    expect(second).not.toBe(first)
    expect(wixStoreKey(SITE_ID.toUpperCase())).toBe(wixStoreKey(SITE_ID))
  })
})

describe('the site check’s target (main only)', () => {
  it('is the demo site’s key at first, then the connected site’s, then a saved one’s', async () => {
    const memory = memoryStore()
    const connection = connectionWith(memory.store)
    const demo = await connection.start()
    expect(connection.checkTarget()).toMatchObject({
      baseUrl: demo.apiBaseUrl,
      credentials: { siteId: demo.siteId },
    })
    const wix = await aWixSite()
    await connection.connect({ apiKey: API_KEY, siteId: SITE_ID, apiBaseUrl: wix.url })
    expect(connection.checkTarget()).toEqual({
      baseUrl: wix.url,
      credentials: { apiKey: API_KEY, siteId: SITE_ID },
    })
    const restarted = connectionWith(memoryStore(memory.saved()).store)
    await restarted.start()
    expect(restarted.checkTarget()).toEqual({
      baseUrl: wix.url,
      credentials: { apiKey: API_KEY, siteId: SITE_ID },
    })
  })
})
