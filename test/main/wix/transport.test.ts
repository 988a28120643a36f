import { describe, expect, it, vi } from 'vitest'
import { WIX_API_ORIGIN } from '@shared/wix/api-origin'
import { createTransport, rebaseUrl } from '../../../electron/main/wix/transport'

function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers })
}

describe('the Wix transport', () => {
  it('rebases SDK URLs onto the configured API and refuses anything else', () => {
    expect(rebaseUrl(`${WIX_API_ORIGIN}/bookings/v2/bookings/1/confirm?x=1`, 'http://127.0.0.1:4010')).toBe(
      'http://127.0.0.1:4010/bookings/v2/bookings/1/confirm?x=1',
    )
    expect(rebaseUrl(`${WIX_API_ORIGIN}/a`, 'https://proxy.example/wix/')).toBe('https://proxy.example/wix/a')
    expect(() => rebaseUrl('https://evil.example/a', 'http://127.0.0.1:1')).toThrow(/not the Wix API/)
  })

  it('hands back the raw answer of a call, and reports Wix reachable', async () => {
    const fetch = vi.fn((..._args: unknown[]) =>
      Promise.resolve(jsonResponse(200, { booking: { id: 'b1' } })),
    )
    const reach = vi.fn()
    const transport = createTransport({
      baseUrl: 'http://127.0.0.1:9',
      fetch,
      timeoutMs: 1000,
      onReachability: reach,
    })
    const exchange = await transport.exchange(async () => {
      const response = await transport.sdkFetch(`${WIX_API_ORIGIN}/x`, {
        method: 'POST',
        headers: { a: 'b' },
      })
      expect(await response.json()).toEqual({ booking: { id: 'b1' } })
    })
    expect(exchange).toEqual({ status: 200, body: { booking: { id: 'b1' } }, retryAfter: null })
    expect(fetch.mock.calls[0]?.[0]).toBe('http://127.0.0.1:9/x')
    const init = fetch.mock.calls[0]?.[1] as RequestInit
    expect(new Headers(init.headers).get('user-agent')).toBe('Rollcall')
    expect(new Headers(init.headers).get('a')).toBe('b')
    expect(reach).toHaveBeenLastCalledWith({ online: true })
  })

  it('classifies an error answer from the wire, whatever the SDK throws', async () => {
    const fetch = () =>
      Promise.resolve(
        jsonResponse(428, { message: 'x', details: { applicationError: { code: 'NO_OPEN_SPOTS' } } }),
      )
    const transport = createTransport({ baseUrl: 'http://127.0.0.1:9', fetch, timeoutMs: 1000 })
    await expect(
      transport.exchange(async () => {
        await transport.sdkFetch(`${WIX_API_ORIGIN}/x`)
        throw new Error('whatever the SDK makes of it')
      }),
    ).rejects.toMatchObject({ name: 'WixApiError', kind: 'rejected', code: 'NO_OPEN_SPOTS' })
  })

  it('turns a failed fetch into a network error and reports Wix unreachable', async () => {
    const reach = vi.fn()
    const fetch = () => Promise.reject(new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }))
    const transport = createTransport({
      baseUrl: 'http://127.0.0.1:9',
      fetch,
      timeoutMs: 1000,
      onReachability: reach,
    })
    await expect(transport.exchange(() => transport.sdkFetch(`${WIX_API_ORIGIN}/x`))).rejects.toMatchObject({
      kind: 'network',
      mayHaveReachedServer: false,
    })
    expect(reach).toHaveBeenLastCalledWith({ online: false, reason: 'Cannot reach Wix' })
  })

  it('refuses, in words and before sending, a key or site ID HTTP cannot carry (never a bare TypeError)', async () => {
    const fetch = vi.fn(() => Promise.resolve(jsonResponse(200, {})))
    const transport = createTransport({ baseUrl: 'http://127.0.0.1:9', fetch, timeoutMs: 1000 })
    const call = (headers: HeadersInit) =>
      transport.exchange(async () => {
        await transport.sdkFetch(`${WIX_API_ORIGIN}/x`, { headers })
      })
    await expect(call({ Authorization: 'IST.key😀', 'wix-site-id': 'site' })).rejects.toMatchObject({
      name: 'WixApiError',
      kind: 'auth',
      code: 'API_KEY_UNSENDABLE',
      message:
        'The API key contains a character that cannot be part of a key (the emoji “😀”, U+1F600): paste it again from Wix',
      mayHaveReachedServer: false,
      retryable: false,
    })
    await expect(call([['wix-site-id', 'site\u200B']])).rejects.toMatchObject({
      kind: 'auth',
      code: 'SITE_ID_UNSENDABLE',
      message: expect.stringContaining('(an invisible character, U+200B)') as unknown,
    })
    // A Latin-1 letter would go out, and be refused by Wix as a wrong key: it is named here instead.
    await expect(call({ authorization: 'IST.kéy' })).rejects.toMatchObject({ code: 'API_KEY_UNSENDABLE' })
    await expect(call({ 'x-other': 'a\nb' })).rejects.toMatchObject({
      kind: 'invalid',
      code: 'UNSENDABLE_HEADER',
    })
    expect(fetch).not.toHaveBeenCalled()
    // Spaces around a value are fetch's to drop, as it always has.
    await call({ authorization: ' IST.key\n' })
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it('times out a call that hangs', async () => {
    const fetch = (_url: unknown, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason as Error))
      })
    const transport = createTransport({ baseUrl: 'http://127.0.0.1:9', fetch, timeoutMs: 20 })
    await expect(transport.exchange(() => transport.sdkFetch(`${WIX_API_ORIGIN}/x`))).rejects.toMatchObject({
      kind: 'timeout',
    })
  })

  it('calls a 200 that is not JSON a bad response', async () => {
    const fetch = () => Promise.resolve(new Response('<html>proxy login</html>', { status: 200 }))
    const transport = createTransport({ baseUrl: 'http://127.0.0.1:9', fetch, timeoutMs: 1000 })
    await expect(transport.exchange(() => transport.sdkFetch(`${WIX_API_ORIGIN}/x`))).rejects.toMatchObject({
      kind: 'bad_response',
    })
  })

  it('keeps concurrent calls apart', async () => {
    const fetch = (url: string | URL | Request) =>
      new Promise<Response>((resolve) => {
        const id = (url instanceof Request ? url.url : url.toString()).endsWith('/slow') ? 'slow' : 'fast'
        setTimeout(() => resolve(jsonResponse(200, { id })), id === 'slow' ? 30 : 1)
      })
    const transport = createTransport({ baseUrl: 'http://127.0.0.1:9', fetch, timeoutMs: 1000 })
    const [slow, fast] = await Promise.all([
      transport.exchange(() => transport.sdkFetch(`${WIX_API_ORIGIN}/slow`)),
      transport.exchange(() => transport.sdkFetch(`${WIX_API_ORIGIN}/fast`)),
    ])
    expect(slow.body).toEqual({ id: 'slow' })
    expect(fast.body).toEqual({ id: 'fast' })
  })
})
