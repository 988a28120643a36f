import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { SITE_NOT_FOUND_CODE } from '@shared/ipc/site'
import { toIpcError } from '../../../electron/main/ipc/failure'
import { createWixClient } from '../../../electron/main/wix/client'
import { findBooking, openClassSession } from '../../demo-site/seed-lookups'
import { startClientAndSite } from './wix-test-site'

let ctx: Awaited<ReturnType<typeof startClientAndSite>>
beforeAll(async () => (ctx = await startClientAndSite({ client: { timeoutMs: 300 } })))
afterAll(() => ctx.site.stop())
beforeEach(() => {
  ctx.site.reset()
  ctx.sleeps.length = 0
})

const clientWith = (apiKey: string, siteId: string) =>
  createWixClient({
    baseUrl: ctx.site.url,
    credentials: { apiKey, siteId },
    retryPolicy: { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
  })

describe('the Wix client when things go wrong', () => {
  it('says the key is wrong (401) or the site ID is (403, a site code), without retrying', async () => {
    await expect(clientWith('wrong-key', ctx.site.siteId).testConnection()).rejects.toMatchObject({
      kind: 'auth',
      status: 401,
    })
    await expect(clientWith(ctx.site.apiKey, 'another-site').testConnection()).rejects.toMatchObject({
      kind: 'forbidden',
      code: SITE_NOT_FOUND_CODE,
      status: 403,
    })
    await expect(clientWith(ctx.site.apiKey, ctx.site.siteId).testConnection()).resolves.toBeUndefined()
    expect(ctx.site.requestLog()).toHaveLength(3)
  })

  it('tells a key without the Bookings permission (a plain 403) apart from a wrong site ID', async () => {
    ctx.site.injectFault({
      kind: 'status',
      status: 403,
      body: { message: 'Permission denied', details: { applicationError: { code: 'PERMISSION_DENIED' } } },
    })
    await expect(ctx.client.testConnection()).rejects.toMatchObject({
      kind: 'forbidden',
      code: 'PERMISSION_DENIED',
    })
  })

  it('answers a key or site ID holding a character HTTP cannot carry in words, never as a crash', async () => {
    for (const [apiKey, siteId, code] of [
      [`${ctx.site.apiKey}\u200B`, ctx.site.siteId, 'API_KEY_UNSENDABLE'],
      [`${ctx.site.apiKey}😀`, ctx.site.siteId, 'API_KEY_UNSENDABLE'],
      [ctx.site.apiKey, `\uFEFF${ctx.site.siteId}`, 'SITE_ID_UNSENDABLE'],
    ] as const) {
      const client = clientWith(apiKey, siteId)
      for (const call of [() => client.testConnection(), () => client.site.profile('UTC')]) {
        const error: unknown = await call().then(
          () => undefined,
          (e: unknown) => e,
        )
        expect(toIpcError(error)).toMatchObject({ kind: 'auth', code, retryable: false })
        expect(toIpcError(error).message).toMatch(/contains a character that cannot be part of/)
      }
    }
    expect(ctx.site.requestLog()).toEqual([])
  })

  it('backs off after a 429 and then succeeds', async () => {
    ctx.site.injectFault({ kind: 'status', status: 429, count: 2 })
    expect(await ctx.client.bookings.count()).toBe(ctx.site.state().bookings.length)
    expect(ctx.sleeps).toHaveLength(2)
    expect(ctx.sleeps[1]).toBeGreaterThanOrEqual(ctx.sleeps[0] ?? 0)
  })

  it('sends a create again only after a failure that proves nothing happened on Wix and may pass (a 429)', async () => {
    const event = openClassSession(ctx.site.state(), Date.parse(ctx.site.now()))
    const walkIn = () => ({
      eventId: event.id,
      serviceId: event.serviceId,
      scheduleId: event.scheduleId,
      contact: { firstName: 'Dana', lastName: 'Lee' },
      totalParticipants: 1,
      externalUserId: `rollcall:${crypto.randomUUID()}`,
    })
    const sleeps: number[] = []
    const retryPolicy = {
      maxAttempts: 3,
      baseDelayMs: 1,
      maxDelayMs: 1,
      sleep: (ms: number) => {
        sleeps.push(ms)
        return Promise.resolve()
      },
    }
    // A key HTTP cannot carry never leaves this computer, but no second try can send it either.
    const unsendable = createWixClient({
      baseUrl: ctx.site.url,
      credentials: { apiKey: `${ctx.site.apiKey}\u200B`, siteId: ctx.site.siteId },
      retryPolicy,
    })
    await expect(unsendable.bookings.createWalkIn(walkIn())).rejects.toMatchObject({ kind: 'auth' })
    expect(sleeps).toEqual([])
    const client = createWixClient({
      baseUrl: ctx.site.url,
      credentials: { apiKey: ctx.site.apiKey, siteId: ctx.site.siteId },
      retryPolicy,
    })
    ctx.site.injectFault({ kind: 'status', status: 429 })
    expect(await client.bookings.createWalkIn(walkIn())).toMatchObject({ status: 'CONFIRMED' })
    expect(sleeps).toHaveLength(1)
  })

  it('retries a 503 and a dropped connection on a read', async () => {
    ctx.site.injectFault({ kind: 'status', status: 503 })
    ctx.site.injectFault({ kind: 'drop' })
    expect(await ctx.client.bookings.count()).toBeGreaterThan(0)
    expect(ctx.sleeps).toHaveLength(2)
  })

  it('gives up with a typed error when Wix stays down', async () => {
    ctx.site.injectFault({ kind: 'status', status: 503, count: 10 })
    await expect(ctx.client.bookings.count()).rejects.toMatchObject({ kind: 'unavailable', retryable: true })
    expect(ctx.sleeps).toHaveLength(3)
  })

  it('times out a call that hangs', async () => {
    ctx.site.injectFault({ kind: 'hang', count: 10 })
    await expect(ctx.client.bookings.count()).rejects.toMatchObject({ kind: 'timeout' })
  })

  it('does not repeat a walk-in whose answer was lost: it may have landed', async () => {
    const event = openClassSession(ctx.site.state(), Date.parse(ctx.site.now()))
    const externalUserId = `rollcall:${crypto.randomUUID()}`
    ctx.site.injectFault({ kind: 'commit-then-drop', pathIncludes: '/bookings', method: 'POST' })
    const error = await ctx.client.bookings
      .createWalkIn({
        eventId: event.id,
        serviceId: event.serviceId,
        scheduleId: event.scheduleId,
        contact: { firstName: 'Ana', lastName: 'Ruiz' },
        totalParticipants: 1,
        externalUserId,
      })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'network', mayHaveReachedServer: true })
    expect(ctx.site.state().bookings.filter((b) => b.externalUserId === externalUserId)).toHaveLength(1)
  })

  it('retries a revision-guarded write after a lost answer; Wix then says conflict, never applies it twice', async () => {
    const booking = findBooking(ctx.site.state(), (b) => b.status === 'PENDING')
    ctx.site.injectFault({ kind: 'commit-then-drop', pathIncludes: '/confirm' })
    await expect(ctx.client.bookings.confirm(booking.id, booking.revision)).rejects.toMatchObject({
      kind: 'conflict',
    })
    const after = ctx.site.state().bookings.find((b) => b.id === booking.id)
    expect(after).toMatchObject({ status: 'CONFIRMED', revision: String(Number(booking.revision) + 1) })
  })
})

describe('the Wix client with a malformed answer', () => {
  it('calls an answer without a list of records a bad response, naming the field', async () => {
    const broken = await startClientAndSite({
      client: {
        fetch: async (input, init) => {
          const response = await fetch(input, init)
          const body = (await response.json()) as Record<string, unknown>
          body['extendedBookings'] = { not: 'a list' }
          return new Response(JSON.stringify(body), { status: response.status })
        },
      },
    })
    try {
      await expect(broken.client.bookings.page({ query: { limit: 5 } })).rejects.toMatchObject({
        kind: 'bad_response',
        field: 'extendedBookings',
      })
    } finally {
      await broken.site.stop()
    }
  })

  it('calls an answer that is not JSON a bad response', async () => {
    const broken = await startClientAndSite({
      client: { fetch: () => Promise.resolve(new Response('<html>captive portal</html>', { status: 200 })) },
    })
    try {
      await expect(broken.client.bookings.count()).rejects.toMatchObject({ kind: 'bad_response' })
    } finally {
      await broken.site.stop()
    }
  })
})
