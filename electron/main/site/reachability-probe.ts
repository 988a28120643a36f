import type { ConnectivityProbe } from '../connectivity'

export interface ReachabilityProbeOptions {
  /** The operating system's own view (Electron `net.isOnline()`); false means no network at all. */
  isOsOnline: () => boolean
  /** The API in use right now (it changes when the desk connects a site). */
  apiBaseUrl: () => string
  fetch: typeof fetch
  timeoutMs?: number
}

/**
 * Is the bookings API reachable? Any HTTP answer from its host counts (even a 404: the line is up); a refused,
 * dropped or timed-out connection does not. Unauthenticated, so it spends none of the site's request budget.
 */
export function createReachabilityProbe({
  isOsOnline,
  apiBaseUrl,
  fetch,
  timeoutMs = 5_000,
}: ReachabilityProbeOptions): ConnectivityProbe {
  return async () => {
    if (!isOsOnline()) return { online: false, reason: 'No network connection' }
    try {
      await fetch(new URL('/', apiBaseUrl()).toString(), {
        method: 'HEAD',
        signal: AbortSignal.timeout(timeoutMs),
      })
      return { online: true }
    } catch {
      return { online: false, reason: 'Cannot reach the bookings site' }
    }
  }
}
