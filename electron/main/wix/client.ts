import { WIX_API_ORIGIN } from '@shared/wix/api-origin'
import { consoleLog, type Log } from '../logs/console-log'
import { createAttendanceApi } from './attendance'
import { createBookingsReader } from './bookings-reader'
import { createBookingsWriter } from './bookings-writer'
import { createCalendarApi } from './calendar'
import type { WixCallContext } from './call-context'
import { createRateLimiter, type RateLimiter } from './rate-limiter'
import { createRestCaller } from './rest-call'
import { defaultRetryPolicy, withRetry, type RetryPolicy } from './retry'
import { createSdk, type WixCredentials } from './sdk'
import { createServicesReader } from './services-reader'
import { createSitePropertiesApi } from './site-properties'
import { createTransport, type Reachability, type WireAnswer } from './transport'

export interface WixClientOptions {
  credentials: WixCredentials
  /** WIX_API_ORIGIN for a real site; the demo site's URL in demo mode and tests. */
  baseUrl?: string
  fetch?: typeof fetch
  timeoutMs?: number
  retryPolicy?: RetryPolicy
  /** Shared by every client of a site, so switching clients does not reset the budget. */
  limiter?: RateLimiter
  onReachability?: (reachability: Reachability) => void
  /** Told of every HTTP answer as it came (the site check reads raw dates, paging and headers from it). */
  onAnswer?: (answer: WireAnswer) => void
  /** Main's log (redacted), where records set aside are reported; the redacted console by default. */
  log?: Log
}

/** Wix allows about 200 requests a minute; keep a margin for the dashboard and other apps. */
export const defaultRateLimit = { perMinute: 180, burst: 20 }

/** Everything Rollcall asks of Wix Bookings, validated and typed. No Electron here: it runs in Node tests. */
export function createWixClient(options: WixClientOptions) {
  const transport = createTransport({
    baseUrl: options.baseUrl ?? WIX_API_ORIGIN,
    fetch: options.fetch ?? fetch,
    timeoutMs: options.timeoutMs ?? 20_000,
    limiter: options.limiter ?? createRateLimiter(defaultRateLimit),
    ...(options.onReachability ? { onReachability: options.onReachability } : {}),
    ...(options.onAnswer ? { onAnswer: options.onAnswer } : {}),
  })
  const sdk = createSdk(options.credentials, transport)
  const policy = options.retryPolicy ?? defaultRetryPolicy
  const context: WixCallContext = {
    sdk,
    transport,
    retry: (operation) => withRetry(operation, policy),
    retryUnsent: (operation) =>
      withRetry(operation, {
        ...policy,
        shouldRetry: (e) => e.safeToResend,
      }),
    log: options.log ?? consoleLog,
  }
  const reader = createBookingsReader(context)
  const rest = createRestCaller(context, (url, init) => sdk.fetchWithAuth(url, init))

  return {
    bookings: { ...reader, ...createBookingsWriter(context, reader) },
    attendance: createAttendanceApi(context),
    calendar: createCalendarApi(rest, context.log),
    site: createSitePropertiesApi(rest),
    services: createServicesReader(context),
    /** One cheap authenticated read: proves the key, the site ID and the key's read permission. */
    async testConnection(): Promise<void> {
      await reader.count({ status: { $eq: 'CONFIRMED' } })
    },
  }
}

export type WixClient = ReturnType<typeof createWixClient>
