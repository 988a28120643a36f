import type { Booking } from '@shared/wix/booking'
import type { BookingStatus } from '@shared/wix/booking-enums'
import { buildBooking, requestEntityFor, slotEntityFor } from '../booking-factory'
import type { DemoEvent, DemoService, DemoStaff } from '../model'
import { addLocalDays, localToUtcMs } from '@shared/domain/wall-clock'
import type { BookingSeedContext } from './class-bookings'
import { contactDetailsOf } from './customers'
import { partySize, seedPayment, seedTimestamps } from './booking-traits'
import { SEED_DAYS_AFTER, SEED_DAYS_BEFORE } from './plan'
import type { SessionContext } from './sessions'

/**
 * 1:1 appointments with staff. In Wix an appointment's calendar event exists because it was booked, so each
 * booking brings its own event (capacity 1); a canceled or declined appointment's event is removed from the
 * calendar (kept here with status CANCELLED and hidden from calendar reads). A request still awaiting the
 * business (PENDING) has no event yet: Wix puts it on the calendar when it is confirmed (§8 C4).
 */
export interface SeededAppointments {
  events: DemoEvent[]
  bookings: Booking[]
}

function appointmentStatus(ctx: BookingSeedContext, service: DemoService, started: boolean): BookingStatus {
  const r = ctx.random
  if (started) {
    if (r.chance(0.08)) return 'CANCELED'
    if (service.requireManualApproval && r.chance(0.05)) return 'DECLINED'
    return 'CONFIRMED'
  }
  if (r.chance(0.06)) return 'CANCELED'
  if (service.requireManualApproval && r.chance(0.6)) return 'PENDING'
  return 'CONFIRMED'
}

export function seedAppointments(
  ctx: BookingSeedContext,
  sessions: SessionContext,
  services: readonly DemoService[],
  staff: readonly DemoStaff[],
  count: number,
): SeededAppointments {
  const taken = new Set<string>()
  const result: SeededAppointments = { events: [], bookings: [] }
  const weighted = services.map((s) => [s, s.popularity] as const)
  for (let i = 0; i < count; i++) {
    let placed = false
    for (let attempt = 0; attempt < 12 && !placed; attempt++) {
      const member = ctx.random.pick(staff)
      const dayOffset = ctx.random.int(-SEED_DAYS_BEFORE, SEED_DAYS_AFTER)
      const hour = ctx.random.int(9, 16)
      const key = `${member.id}|${dayOffset}|${hour}`
      if (taken.has(key)) continue
      taken.add(key)
      placed = true
      const service = ctx.random.weighted(weighted)
      const location = sessions.locations[0]
      if (!location) continue
      const date = addLocalDays(sessions.today, dayOffset)
      const startMs = localToUtcMs({ ...date, hour, minute: 0, second: 0 }, sessions.timeZone)
      const started = startMs <= ctx.now
      const status = appointmentStatus(ctx, service, started)
      const event: DemoEvent = {
        id: ctx.random.uuid(),
        serviceId: service.id,
        scheduleId: service.scheduleId,
        kind: 'APPOINTMENT',
        title: service.name,
        startMs,
        endMs: startMs + service.durationMinutes * 60_000,
        timeZone: sessions.timeZone,
        staffId: member.id,
        locationId: location.id,
        totalCapacity: 1,
        status: status === 'CANCELED' || status === 'DECLINED' ? 'CANCELLED' : 'CONFIRMED',
        recurrenceType: 'NONE',
        revision: 1,
        createdDate: sessions.calendarCreatedIso,
        updatedDate: sessions.calendarCreatedIso,
      }
      const wasPendingFirst = service.requireManualApproval && status !== 'PENDING'
      const times = seedTimestamps(ctx.random, startMs, ctx.now, status, wasPendingFirst)
      event.createdDate = new Date(times.createdMs).toISOString()
      event.updatedDate = new Date(times.updatedMs).toISOString()
      // A request awaiting the business is not on the calendar yet and has no eventId (§8 C4).
      const request = status === 'PENDING'
      if (!request) result.events.push(event)
      result.bookings.push(
        buildBooking({
          id: ctx.random.uuid(),
          bookedEntity: request ? requestEntityFor(event, ctx.catalog) : slotEntityFor(event, ctx.catalog),
          startMs,
          endMs: event.endMs,
          status,
          totalParticipants: partySize(ctx.random, service),
          contactDetails: contactDetailsOf(ctx.random.pick(ctx.customers)),
          ...seedPayment(ctx.random, service, started),
          ...times,
        }),
      )
    }
  }
  return result
}
