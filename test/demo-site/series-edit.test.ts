import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { queryExtendedBookingsResponseSchema } from '@shared/wix/extended-booking'
import { expectOk, expectWixError, get, NOW, openTestSite, paths, post } from './demo-site-client'

/** The business edits a recurring class series: coming sessions get new ids. NOW pinned. */
const site = await openTestSite({ control: true }, { resetBeforeEach: true })
const nowMs = Date.parse(NOW)

function busySeries() {
  const state = site.state()
  const event = state.events.find(
    (e) =>
      e.kind === 'CLASS' &&
      e.recurrenceType === 'INSTANCE' &&
      e.startMs > nowMs &&
      state.bookings.some((b) => b.bookedEntity.slot?.eventId === e.id),
  )
  if (!event) throw new Error('no booked coming class')
  return event
}

describe('businessEditsSeries', () => {
  it('renames the coming sessions of the schedule; their bookings follow with a new revision', async () => {
    const event = busySeries()
    const before = site.state()
    const past = before.events.filter((e) => e.scheduleId === event.scheduleId && e.startMs <= nowMs)
    const coming = before.events.filter((e) => e.scheduleId === event.scheduleId && e.startMs > nowMs)
    const booked = before.bookings.filter((b) => b.bookedEntity.slot?.eventId === event.id)

    const { renamed } = site.world.businessEditsSeries(event.scheduleId)
    expect(renamed.map((r) => r.from).sort()).toEqual(coming.map((e) => e.id).sort())
    const to = renamed.find((r) => r.from === event.id)?.to ?? ''

    expectWixError(await get(site, `${paths.events}/${event.id}`), 404, 'EVENT_NOT_FOUND')
    expectOk(
      await get(site, `${paths.events}/${to}`),
      z.looseObject({ event: z.looseObject({ id: z.literal(to) }) }),
    )
    // Past sessions keep their ids.
    const after = site.state()
    for (const e of past) expect(after.events.some((x) => x.id === e.id)).toBe(true)

    const page = expectOk(
      await post(site, paths.query, {
        query: { filter: { 'bookedEntity.item.slot.eventId': to }, cursorPaging: { limit: 100 } },
      }),
      queryExtendedBookingsResponseSchema,
    )
    expect(page.extendedBookings.map((e) => e.booking.id).sort()).toEqual(booked.map((b) => b.id).sort())
    for (const e of page.extendedBookings) {
      const old = booked.find((b) => b.id === e.booking.id)
      expect(e.booking.revision).toBe(String(Number(old?.revision) + 1))
    }
    const gone = expectOk(
      await post(site, paths.query, { query: { filter: { 'bookedEntity.item.slot.eventId': event.id } } }),
      queryExtendedBookingsResponseSchema,
    )
    expect(gone.extendedBookings).toHaveLength(0)
  })

  it('moves the attendance of a renamed session, and is served under /__control', async () => {
    const event = busySeries()
    const booking = site
      .state()
      .bookings.find((b) => b.bookedEntity.slot?.eventId === event.id && b.status === 'CONFIRMED')
    if (!booking) throw new Error('no confirmed booking')
    const record = site.world.deskSetsAttendance({
      bookingId: booking.id,
      eventId: event.id,
      status: 'ATTENDED',
    })
    const response = await post(
      site,
      '/__control/world/business-edits-series',
      { scheduleId: event.scheduleId },
      { anonymous: true },
    )
    const { renamed } = expectOk(
      response,
      z.object({ renamed: z.array(z.object({ from: z.string(), to: z.string() })) }),
    )
    const to = renamed.find((r) => r.from === event.id)?.to
    expect(site.state().attendance.find((a) => a.id === record.id)?.eventId).toBe(to)
  })
})
