import type { DemoSite } from '../../../electron/demo-site'
import { createWixClient, type WixClientOptions } from '../../../electron/main/wix/client'
import { startTestSite } from '../../demo-site/demo-site-client'

/** A demo site plus a Wix client pointed at it, with fast, deterministic retries. */
export async function startClientAndSite(
  options: { site?: Parameters<typeof startTestSite>[0]; client?: Partial<WixClientOptions> } = {},
) {
  const site: DemoSite = await startTestSite({ rateLimitPerMinute: Infinity, ...options.site })
  const sleeps: number[] = []
  const client = createWixClient({
    baseUrl: site.url,
    credentials: { apiKey: site.apiKey, siteId: site.siteId },
    retryPolicy: {
      maxAttempts: 4,
      baseDelayMs: 10,
      maxDelayMs: 50,
      random: () => 1,
      sleep: (ms) => (sleeps.push(ms), Promise.resolve()),
    },
    timeoutMs: 2_000,
    ...options.client,
  })
  return { site, client, sleeps }
}
