import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { SiteCredentials } from '@shared/ipc/site'
import { buildAppInfo } from '../main/app-info'
import { startDemoSite, type DemoSite, type DemoSiteOptions } from '../demo-site'
import { createEventPublisher } from '../main/ipc/events'
import { createSenderPolicy, type SenderCheck } from '../main/ipc/sender-policy'
import { consoleLog } from '../main/logs/console-log'
import { startMainServices, type MainServices, type MainServicesOptions } from '../main/services'
import { bundleBrowserBridge } from './bridge/bundle-bridge'
import { createEventStreams } from './event-stream'
import { createMemoryCredentialStore } from './memory-credentials'
import { startWebHostServer } from './server'

export type DemoSiteChoice = Pick<DemoSiteOptions, 'port' | 'seed' | 'bookings' | 'startsAt'>

export interface WebHostOptions {
  /** The repository: the built renderer is read from out/renderer, the bridge bundled from sources. */
  projectRoot: string
  /** 0 or omitted: a free port. */
  port?: number
  /** The Wix-compatible API to use; omitted: the demo site, started here (with its control surface on). */
  connectTo?: SiteCredentials
  demoSite?: DemoSiteChoice
  /** Told of every demo site started (at start, and again when Settings goes back to the demo). */
  onDemoSite?: (demo: DemoSite) => void
  probeIntervalMs?: number
  /** How main reaches the site (Node's fetch); the benchmark passes one that records every call. */
  fetch?: typeof fetch
  /** Main's budget of calls to the site (see MainServicesOptions.rateLimit). */
  rateLimit?: MainServicesOptions['rateLimit']
}

export interface WebHost {
  url: string
  services: MainServices
  stop(): Promise<void>
}

/**
 * Rollcall in a browser: main's services (the same ones the app starts, over Node's fetch) behind an HTTP
 * server that speaks the IPC contract, and the built renderer with `window.rollcall` over HTTP.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const packageJson = JSON.parse(await readFile(join(options.projectRoot, 'package.json'), 'utf8')) as {
    productName?: string
    version: string
  }
  const bridgeScript = await bundleBrowserBridge(options.projectRoot)
  const streams = createEventStreams()
  // Nothing can call before the server listens, and its origin is known only then.
  let isTrustedSender: SenderCheck = () => false
  const services = await startMainServices({
    fetch: options.fetch ?? globalThis.fetch,
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
    isOsOnline: () => true,
    credentials: createMemoryCredentialStore(),
    startDemoSite: async () => {
      const demo = await startDemoSite({ ...options.demoSite, control: true })
      options.onDemoSite?.(demo)
      return demo
    },
    appInfo: buildAppInfo({
      name: packageJson.productName ?? 'Rollcall',
      version: packageJson.version,
      platform: process.platform,
      versions: process.versions,
    }),
    isTrustedSender: (sender) => isTrustedSender(sender),
    events: createEventPublisher(() => streams.targets()),
    fallbackTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    ...(options.connectTo ? { connectTo: options.connectTo } : {}),
    ...(options.probeIntervalMs ? { probeIntervalMs: options.probeIntervalMs } : {}),
    // The terminal is the web host's log: redacted like the app's file.
    onInternalError: (channel, error) => consoleLog.error(`[ipc] ${channel} failed`, error),
  })
  let server
  try {
    server = await startWebHostServer({
      port: options.port ?? 0,
      rendererDir: join(options.projectRoot, 'out/renderer'),
      bridgeScript,
      dispatch: services.dispatch,
      streams,
      greet(target) {
        const publisher = createEventPublisher(() => [target])
        publisher.publish('site', 'changed', services.site.status())
        publisher.publish('connectivity', 'changed', services.connectivity.status())
      },
    })
  } catch (error) {
    await services.stop()
    throw error
  }
  isTrustedSender = createSenderPolicy(server.url)
  const running = server
  return {
    url: server.url,
    services,
    async stop() {
      await running.stop()
      await services.stop()
    },
  }
}
