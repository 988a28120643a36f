import { AsyncLocalStorage } from 'node:async_hooks'
import { WIX_API_ORIGIN } from '@shared/wix/api-origin'
import { isWixApiError } from './errors'
import { unsendableHeader } from './header-values'
import { badResponse, errorFromFetchFailure, errorFromHttp } from './http-errors'
import type { RateLimiter } from './rate-limiter'

/** Where the official SDK sends every request (WIX_API_ORIGIN); the transport rebases it onto the base URL. */
export { WIX_API_ORIGIN }

/** One HTTP answer exactly as it came over the wire, before the SDK renames or converts anything. */
export interface WireExchange {
  status: number
  body: unknown
  retryAfter: string | null
}

/**
 * One answer as it came (for the site check, which reports what a real site sends: its raw dates, paging
 * metadata and rate-limit headers). Observed only; the call goes on as usual.
 */
export interface WireAnswer {
  method: string
  /** The public path, without the base URL or query string. */
  path: string
  status: number
  headers: Record<string, string>
  body: unknown
}

export interface Reachability {
  online: boolean
  reason?: string
}

export interface TransportOptions {
  /** A Wix-compatible API: https://www.wixapis.com, or the demo site. */
  baseUrl: string
  /** `net.fetch` in the app (system proxy and certificates), the global fetch in tests. */
  fetch: typeof fetch
  timeoutMs: number
  limiter?: RateLimiter
  /** Told after every attempt whether Wix answered at all. */
  onReachability?: (reachability: Reachability) => void
  /** Told of every HTTP answer (the site check's observer). */
  onAnswer?: (answer: WireAnswer) => void
}

interface CallRecord {
  exchange?: WireExchange
  failure?: unknown
}

export interface WixTransport {
  /** The `fetch` given to the SDK's createClient. */
  sdkFetch: typeof fetch
  /**
   * Runs one SDK call and returns the raw answer it received. Failures come out as WixApiError, classified
   * from the wire (status and Wix error body, or why fetch failed), whatever the SDK made of them.
   */
  exchange(call: () => Promise<unknown>): Promise<WireExchange>
}

export function rebaseUrl(url: string, baseUrl: string): string {
  const target = new URL(url)
  const base = new URL(baseUrl)
  if (target.origin !== WIX_API_ORIGIN) throw new Error(`Refusing to call ${target.origin}: not the Wix API`)
  const prefix = base.pathname.replace(/\/$/, '')
  return `${base.origin}${prefix}${target.pathname}${target.search}`
}

function parseJson(text: string): unknown {
  if (!text) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

export function createTransport({
  baseUrl,
  fetch,
  timeoutMs,
  limiter,
  onReachability,
  onAnswer,
}: TransportOptions): WixTransport {
  const records = new AsyncLocalStorage<CallRecord>()

  const sdkFetch: typeof fetch = async (input, init) => {
    const record = records.getStore()
    const url = rebaseUrl(input instanceof Request ? input.url : input.toString(), baseUrl)
    // A key or site ID holding a character HTTP cannot carry would make fetch throw a bare TypeError: it is
    // refused in words instead, before it spends any of the site's request budget.
    const unsendable = unsendableHeader(init?.headers)
    if (unsendable) {
      if (record) record.failure = unsendable
      // The SDK rewrites whatever it catches (message, code): it gets a stand-in, exchange() the error.
      throw new TypeError(unsendable.message)
    }
    await limiter?.acquire()
    const timeout = AbortSignal.timeout(timeoutMs)
    const headers = new Headers(init?.headers)
    if (!headers.has('content-type')) headers.set('content-type', 'application/json')
    // Wix has answered Node's default user agent with empty 403s (README.md, "Auth and headers").
    headers.set('user-agent', 'Rollcall')
    let response: Response
    try {
      response = await fetch(url, {
        ...init,
        headers,
        signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout,
      })
    } catch (error) {
      if (record) record.failure = error
      onReachability?.({ online: false, reason: 'Cannot reach Wix' })
      throw error
    }
    const text = await response.text()
    onReachability?.({ online: true })
    onAnswer?.({
      method: (init?.method ?? 'GET').toUpperCase(),
      path: new URL(url).pathname.slice(new URL(baseUrl).pathname.replace(/\/$/, '').length),
      status: response.status,
      headers: Object.fromEntries(response.headers.entries()),
      body: parseJson(text),
    })
    if (record) {
      record.exchange = {
        status: response.status,
        body: parseJson(text),
        retryAfter: response.headers.get('retry-after'),
      }
    }
    // The SDK reads the body again, so hand it a fresh copy.
    return new Response(text || null, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    })
  }

  return {
    sdkFetch,
    exchange: (call) =>
      records.run({}, async () => {
        const record = records.getStore() as CallRecord
        try {
          await call()
        } catch (error) {
          if (record.failure !== undefined)
            throw isWixApiError(record.failure) ? record.failure : errorFromFetchFailure(record.failure)
          const failed = record.exchange
          if (failed && failed.status !== 200)
            throw errorFromHttp(failed.status, failed.body, failed.retryAfter)
          // A 200 the SDK could not digest is judged below against our own schemas.
          if (!failed) throw error
        }
        const exchange = record.exchange
        if (!exchange) throw badResponse('no answer was received')
        if (exchange.status !== 200) throw errorFromHttp(exchange.status, exchange.body, exchange.retryAfter)
        if (exchange.body === undefined) throw badResponse('the answer is not JSON')
        return exchange
      }),
  }
}
