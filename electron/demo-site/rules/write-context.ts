import type { Booking } from '@shared/wix/booking'
import { applicationError, WixHttpError } from '../http/wix-error'
import type { DemoEvent } from '../model'
import type { DemoStore } from '../store'

/** What a state change needs: the store, the demo clock, and an id source (seeded, so runs repeat). */
export interface WriteContext {
  store: DemoStore
  now(): number
  newId(): string
}

export function bookingNotFound(bookingId: string): WixHttpError {
  return applicationError(404, 'BOOKING_NOT_FOUND', `Booking ${bookingId} was not found`, { bookingId })
}

/**
 * A stale `revision` is a 409. The docs name no application error code for it (electron/main/wix/README.md,
 * "Errors" and "Still open"), so — stricter reading — the body is a generic `{ message, details: {} }` with
 * no code: a client must decide on the status alone.
 */
// GUESS: 409 with no application error code for a stale revision.
export function staleRevision(bookingId: string, sent: string): WixHttpError {
  return new WixHttpError(409, {
    message: `Booking ${bookingId} has changed since revision ${sent}; read it again and retry with its current revision`,
    details: {},
  })
}

/**
 * Finds the booking and checks the optimistic-concurrency revision first: a decision made on a stale copy is
 * refused before any business rule is looked at (Wix's order of checks is not documented).
 */
// GUESS: the revision is checked before any business rule.
export function loadForWrite(ctx: WriteContext, bookingId: string, revision: string): Booking {
  const booking = ctx.store.bookings.get(bookingId)
  if (!booking) throw bookingNotFound(bookingId)
  if (booking.revision !== revision) throw staleRevision(bookingId, revision)
  return booking
}

/** An ISO timestamp that is now, but always later than `previous` (a frozen demo clock still moves it). */
export function nextTimestamp(now: number, previousIso: string | undefined): string {
  const previous = previousIso ? Date.parse(previousIso) : Number.NEGATIVE_INFINITY
  return new Date(Math.max(now, previous + 1)).toISOString()
}

/** Every change bumps `revision` by one and moves `updatedDate` forward. */
export function applyBookingChange(ctx: WriteContext, booking: Booking, patch: Partial<Booking>): Booking {
  const updated: Booking = {
    ...booking,
    ...patch,
    revision: String(Number(booking.revision) + 1),
    updatedDate: nextTimestamp(ctx.now(), booking.updatedDate),
  }
  ctx.store.putBooking(updated)
  return updated
}

/** A canceled or declined appointment's event is removed from the calendar (Wix cancel docs). */
export function releaseAppointmentEvent(ctx: WriteContext, booking: Booking): void {
  const eventId = booking.bookedEntity.slot?.eventId
  const event: DemoEvent | undefined = eventId ? ctx.store.events.get(eventId) : undefined
  if (!event || event.kind !== 'APPOINTMENT' || event.status === 'CANCELLED') return
  ctx.store.putEvent({
    ...event,
    status: 'CANCELLED',
    revision: event.revision + 1,
    updatedDate: nextTimestamp(ctx.now(), event.updatedDate),
  })
}
