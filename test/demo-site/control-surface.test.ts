import { describe, expect, it } from 'vitest'
import { bookingResponseSchema, bookingSchema } from '@shared/wix/booking'
import { eventResponseSchema } from '@shared/wix/event'
import type { DemoData } from '../../electron/demo-site'
import {
  expectOk,
  expectWixError,
  get,
  NOW,
  paths,
  post,
  openTestSite,
  startTestSite,
} from './demo-site-client'
import { findBooking, openClassSession } from './seed-lookups'

const site = await openTestSite({ control: true }, { resetBeforeEach: true })

async function control(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  const init: RequestInit = { method, headers: { 'content-type': 'application/json' } }
  if (body !== undefined) init.body = JSON.stringify(body)
  const response = await fetch(`${site.url}/__control${path}`, init)
  return { status: response.status, json: await response.json() }
}

const nowMs = Date.parse(NOW)

describe('a running clock that starts at a chosen instant', () => {
  it('reads that instant at start and keeps running; the seed is around that day', async () => {
    const startsAt = '2026-03-10T15:00:00.000Z'
    const running = await startTestSite({ now: undefined, startsAt, bookings: 50 })
    try {
      const first = Date.parse(running.now())
      expect(Math.abs(first - Date.parse(startsAt))).toBeLessThan(5_000)
      const later = await new Promise<number>((resolve) =>
        setTimeout(() => resolve(Date.parse(running.now())), 20),
      )
      expect(later).toBeGreaterThan(first)
      // The seed is laid out around the clock's day: sessions the same day as startsAt (Chicago).
      const sameDay = running
        .state()
        .events.filter((e) => Math.abs(e.startMs - Date.parse(startsAt)) < 12 * 3_600_000)
      expect(sameDay.length).toBeGreaterThan(0)
    } finally {
      await running.stop()
    }
  })

  it('refuses a frozen and a running clock at once', async () => {
    await expect(startTestSite({ startsAt: NOW })).rejects.toThrow(/either now .* or startsAt/)
  })
})

describe('control surface over HTTP', () => {
  it('is off unless asked for', async () => {
    const plain = await startTestSite()
    try {
      expect(plain.controlEnabled).toBe(false)
      const response = await fetch(`${plain.url}/__control/state`)
      expect(response.status).toBe(404)
    } finally {
      await plain.stop()
    }
  })

  it('reads the full state without Wix auth', async () => {
    const { status, json } = await control('GET', '/state')
    expect(status).toBe(200)
    const state = json as DemoData
    expect(state.bookings).toHaveLength(600)
    expect(state.events.length).toBeGreaterThan(100)
    expect(state.attendance.length).toBeGreaterThan(0)
    expect(state.timeZone).toBe('America/Chicago')
    for (const booking of state.bookings.slice(0, 50))
      expect(bookingSchema.safeParse(booking).success).toBe(true)
  })

  it('a customer cancels: revision and updatedDate move, and the desk’s stale write gets 409', async () => {
    const booking = findBooking(site.state(), (b) => b.status === 'PENDING')
    await control('POST', '/clock', { advanceMs: 60_000 })
    const { status, json } = await control('POST', '/world/customer-cancels', { bookingId: booking.id })
    expect(status).toBe(200)
    const canceled = bookingResponseSchema.parse(json).booking
    expect(canceled).toMatchObject({ status: 'CANCELED', revision: String(Number(booking.revision) + 1) })
    expect(Date.parse(canceled.updatedDate)).toBe(nowMs + 60_000)
    expectWixError(await post(site, paths.confirm(booking.id), { revision: booking.revision }), 409)
  })

  it('another desk confirms and declines', async () => {
    const [a, b] = site.state().bookings.filter((x) => x.status === 'PENDING')
    const confirmed = bookingResponseSchema.parse(
      (await control('POST', '/world/desk-confirms', { bookingId: a?.id })).json,
    ).booking
    const declined = bookingResponseSchema.parse(
      (await control('POST', '/world/desk-declines', { bookingId: b?.id })).json,
    ).booking
    expect(confirmed.status).toBe('CONFIRMED')
    expect(declined.status).toBe('DECLINED')
    const again = await control('POST', '/world/desk-confirms', { bookingId: b?.id })
    expect(again.status).toBe(428)
  })

  it('a customer books and another joins the waitlist; capacity follows', async () => {
    const event = openClassSession(site.state(), nowMs, 2)
    const before = expectOk(await get(site, `${paths.events}/${event.id}`), eventResponseSchema).event
    const booked = await control('POST', '/world/customer-books', { eventId: event.id, participants: 2 })
    expect(bookingResponseSchema.parse(booked.json).booking).toMatchObject({
      status: expect.stringMatching(/CONFIRMED|PENDING/),
      totalParticipants: 2,
    })
    const waiting = await control('POST', '/world/customer-joins-waitlist', { eventId: event.id })
    expect(bookingResponseSchema.parse(waiting.json).booking.status).toBe('WAITING_LIST')
    const after = expectOk(await get(site, `${paths.events}/${event.id}`), eventResponseSchema).event
    expect(after.participants?.total).toBe((before.participants?.total ?? 0) + 2)
    expect(after.remainingCapacity).toBe((before.remainingCapacity ?? 0) - 2)
  })

  it('refuses a customer booking on a full session with the Wix error', async () => {
    const event = site
      .state()
      .events.find((e) => e.kind === 'APPOINTMENT' && e.status === 'CONFIRMED' && e.startMs > nowMs)
    const response = await control('POST', '/world/customer-books', { eventId: event?.id })
    expect(response.status).toBe(428)
    expect(response.json).toMatchObject({
      details: { applicationError: { code: 'SESSION_CAPACITY_EXCEEDED' } },
    })
  })

  it('moves the clock, sets attendance, manages faults and the rate limit, lists requests', async () => {
    expect((await control('POST', '/clock', { now: '2026-03-11T09:00:00Z' })).json).toEqual({
      now: '2026-03-11T09:00:00.000Z',
    })
    expect(site.now()).toBe('2026-03-11T09:00:00.000Z')
    const booking = findBooking(
      site.state(),
      (b) => b.status === 'CONFIRMED' && b.bookedEntity.slot !== undefined,
    )
    const attendance = await control('POST', '/world/desk-sets-attendance', {
      bookingId: booking.id,
      eventId: booking.bookedEntity.slot?.eventId,
      status: 'ATTENDED',
    })
    expect(attendance.status).toBe(200)
    expect((await control('POST', '/faults', { kind: 'status', status: 502, count: 1 })).status).toBe(200)
    expect(((await control('GET', '/faults')).json as { faults: unknown[] }).faults).toHaveLength(1)
    expect((await post(site, paths.count, {})).status).toBe(502)
    expect((await control('POST', '/faults', { kind: 'explode' })).status).toBe(400)
    expect((await control('POST', '/rate-limit', { perMinute: 1 })).status).toBe(200)
    expect((await post(site, paths.count, {})).status).toBe(200)
    expect((await post(site, paths.count, {})).status).toBe(429)
    await control('POST', '/rate-limit', { perMinute: null })
    const requests = ((await control('GET', '/requests')).json as { requests: Array<{ outcome: unknown }> })
      .requests
    expect(requests.map((r) => r.outcome)).toEqual([502, 200, 429])
    expect((await control('DELETE', '/requests')).status).toBe(200)
    expect(site.requestLog()).toHaveLength(0)
  })

  it('resets and re-seeds, optionally with another seed and size', async () => {
    const original = site.state()
    const booking = findBooking(original, (b) => b.status === 'PENDING')
    site.world.deskConfirms(booking.id)
    expect((await control('POST', '/reset', {})).status).toBe(200)
    expect(site.state().bookings.find((b) => b.id === booking.id)?.status).toBe('PENDING')
    await control('POST', '/reset', { seed: 99, bookings: 80 })
    const reseeded = site.state()
    expect(reseeded.bookings).toHaveLength(80)
    expect(reseeded.bookings[0]?.id).not.toBe(original.bookings[0]?.id)
  })

  it('rotates the API key: the old key gets 401 from then on, the new one works', async () => {
    const oldKey = site.apiKey
    expect((await post(site, paths.count, {})).status).toBe(200)
    const rotated = await control('POST', '/api-key/rotate')
    expect(rotated.status).toBe(200)
    const { apiKey } = rotated.json as { apiKey: string }
    expect(apiKey).not.toBe(oldKey)
    expect(site.apiKey).toBe(apiKey)
    expectWixError(
      await post(site, paths.count, {}, { headers: { authorization: oldKey } }),
      401,
      'UNAUTHENTICATED',
    )
    expect((await post(site, paths.count, {}, { headers: { authorization: apiKey } })).status).toBe(200)
  })

  it('answers unknown control paths with 404', async () => {
    expect((await control('GET', '/nothing')).status).toBe(404)
  })
})
