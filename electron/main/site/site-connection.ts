import { createHash, randomUUID } from 'node:crypto'
import type { SiteCredentials, SiteProfile, SiteStatus } from '@shared/ipc/site'
import { WIX_API_ORIGIN } from '@shared/wix/api-origin'
import type { CredentialStore } from '../credentials/credential-store'
import { demoBusinessProfile } from '../../demo-site/profile'
import type { WixClient } from '../wix/client'
import type { WixCredentials } from '../wix/sdk'

export interface DemoSiteHandle {
  url: string
  apiKey: string
  siteId: string
  stop(): Promise<void>
}

export interface SiteConnectionDeps {
  credentials: CredentialStore
  /** Starts the built-in demo site (in the app: in-process, on a free port of 127.0.0.1). */
  startDemoSite: () => Promise<DemoSiteHandle>
  createClient: (options: { baseUrl: string; credentials: WixCredentials }) => WixClient
  /** Used when a site has no time zone in its Business Info. */
  fallbackTimeZone: string
}

export interface SiteConnection {
  /** Connects to the saved site, or to the demo site when none is saved (or the saved one is unreadable). */
  start(): Promise<SiteStatus>
  status(): SiteStatus
  client(): WixClient
  /** Where the active site is and the key to it, for the site check (main only: the key never leaves main). */
  checkTarget(): SiteTarget
  /** Tries credentials with real calls; saves nothing. Throws WixApiError. */
  test(credentials: SiteCredentials): Promise<SiteProfile>
  /** Tests, saves (API key encrypted) and switches. Nothing changes if any step fails. */
  connect(credentials: SiteCredentials): Promise<SiteStatus>
  /** Forgets the saved site and goes back to the demo site. */
  useDemo(): Promise<SiteStatus>
  subscribe(listener: (status: SiteStatus) => void): () => void
  stop(): Promise<void>
}

export interface SiteTarget {
  baseUrl: string
  credentials: WixCredentials
}

/** One store per Wix site: its unsent changes wait there while another site (or the demo) is in use. */
export function wixStoreKey(siteId: string): string {
  return `wix-${siteId.toLowerCase()}`
}

/**
 * SiteStatus.keyId: names the key in use without giving it away — 16 characters of a SHA-256 of the site and
 * the key (a Wix API key is long and random, so nothing of it can be recovered from this), so the renderer can
 * tell when the key changed and forget what it had learned about the old key's permissions.
 */
export function keyIdOf(credentials: WixCredentials): string {
  return createHash('sha256')
    .update(`rollcall-key-id\n${credentials.siteId}\n${credentials.apiKey}`)
    .digest('base64url')
    .slice(0, 16)
}

/** Which site Rollcall talks to, owned by main: the API key never leaves this module and the store. */
export function createSiteConnection(deps: SiteConnectionDeps): SiteConnection {
  let active: { status: SiteStatus; client: WixClient; target: SiteTarget } | null = null
  let demo: DemoSiteHandle | null = null
  /** The demo site's world is new at each start, and so is the store that mirrors it. */
  let demoStoreKey = ''
  const listeners = new Set<(status: SiteStatus) => void>()

  function activate(status: SiteStatus, client: WixClient, target: SiteTarget): SiteStatus {
    active = { status, client, target }
    for (const listener of listeners) listener(status)
    return status
  }

  async function activateDemo(problem: string | null): Promise<SiteStatus> {
    if (!demo) {
      demo = await deps.startDemoSite()
      demoStoreKey = `demo-${randomUUID()}`
    }
    const target = { baseUrl: demo.url, credentials: { apiKey: demo.apiKey, siteId: demo.siteId } }
    const client = deps.createClient(target)
    return activate(
      {
        mode: 'demo',
        siteId: demo.siteId,
        apiBaseUrl: demo.url,
        problem,
        storeKey: demoStoreKey,
        keyId: keyIdOf(target.credentials),
        ...demoBusinessProfile,
      },
      client,
      target,
    )
  }

  async function stopDemo(): Promise<void> {
    const running = demo
    demo = null
    await running?.stop()
  }

  async function tryCredentials(credentials: SiteCredentials) {
    const baseUrl = credentials.apiBaseUrl ?? WIX_API_ORIGIN
    const client = deps.createClient({
      baseUrl,
      credentials: { apiKey: credentials.apiKey, siteId: credentials.siteId },
    })
    await client.testConnection()
    const profile = await client.site.profile(deps.fallbackTimeZone)
    const target = { baseUrl, credentials: { apiKey: credentials.apiKey, siteId: credentials.siteId } }
    return { client, baseUrl, profile, target }
  }

  const connection: SiteConnection = {
    async start() {
      let saved
      try {
        saved = await deps.credentials.load()
      } catch (error) {
        return activateDemo(error instanceof Error ? error.message : String(error))
      }
      if (!saved) return activateDemo(null)
      // Start from the saved profile, so a desk that opens offline still works.
      const client = deps.createClient({ baseUrl: saved.apiBaseUrl, credentials: saved })
      return activate(
        {
          mode: 'wix',
          siteId: saved.siteId,
          apiBaseUrl: saved.apiBaseUrl,
          businessName: saved.businessName,
          timeZone: saved.timeZone,
          problem: null,
          storeKey: wixStoreKey(saved.siteId),
          keyId: keyIdOf(saved),
        },
        client,
        { baseUrl: saved.apiBaseUrl, credentials: { apiKey: saved.apiKey, siteId: saved.siteId } },
      )
    },
    status() {
      if (!active) throw new Error('The site connection has not started')
      return active.status
    },
    client() {
      if (!active) throw new Error('The site connection has not started')
      return active.client
    },
    checkTarget() {
      if (!active) throw new Error('The site connection has not started')
      return active.target
    },
    async test(credentials) {
      return (await tryCredentials(credentials)).profile
    },
    async connect(credentials) {
      const { client, baseUrl, profile, target } = await tryCredentials(credentials)
      await deps.credentials.save({
        apiKey: credentials.apiKey,
        siteId: credentials.siteId,
        apiBaseUrl: baseUrl,
        ...profile,
      })
      const status = activate(
        {
          mode: 'wix',
          siteId: credentials.siteId,
          apiBaseUrl: baseUrl,
          problem: null,
          storeKey: wixStoreKey(credentials.siteId),
          keyId: keyIdOf(target.credentials),
          ...profile,
        },
        client,
        target,
      )
      await stopDemo()
      return status
    },
    async useDemo() {
      await deps.credentials.clear()
      return activateDemo(null)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    stop: stopDemo,
  }
  return connection
}
