import type { DemoSite } from '../../../electron/demo-site'
import { buildRollcallApi } from '../../../electron/preload/api'
import { createSiteConnection } from '../../../electron/main/site/site-connection'
import { createRateLimiter } from '../../../electron/main/wix/rate-limiter'
import { createWixClient } from '../../../electron/main/wix/client'
import type { BookingsGateway } from '../../../renderer/src/sync/gateway'
import { trustedSender } from '../../main/ipc/fixtures'
import { dispatcherOver } from '../../main/ipc/site-dispatcher'

/**
 * The sync engine as the app runs it, minus Electron: the renderer's engine and Dexie (fake-indexeddb)
 * calling `window.rollcall` as the preload builds it, through main's real dispatcher, handlers, Wix client
 * and transport, to the demo site on 127.0.0.1. Fast retries; the answer timeout is generous by default (the
 * suite runs a worker per core, and a loaded machine can take a few hundred milliseconds to answer), and
 * short where a test injects hangs on purpose (the fault schedules, the soak), so that each costs little.
 */
export function gatewayOver(demo: DemoSite, options: { timeoutMs?: number } = {}): BookingsGateway {
  const site = createSiteConnection({
    credentials: {
      load: () => Promise.resolve(null),
      save: () => Promise.resolve(),
      clear: () => Promise.resolve(),
    },
    startDemoSite: () => Promise.resolve(demo),
    createClient: ({ baseUrl, credentials }) =>
      createWixClient({
        baseUrl,
        credentials,
        timeoutMs: options.timeoutMs ?? 3_000,
        retryPolicy: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 },
        limiter: createRateLimiter({ perMinute: 1_000_000, burst: 1_000_000 }),
      }),
    fallbackTimeZone: 'UTC',
  })
  const started = site.start()
  const dispatch = dispatcherOver(site)
  return buildRollcallApi({
    invoke: async (channel, input) => {
      await started
      return dispatch(channel, trustedSender, input)
    },
    on: () => () => {},
  })
}
