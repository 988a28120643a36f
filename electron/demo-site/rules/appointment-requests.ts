import type { Booking, BookedEntity } from '@shared/wix/booking'
import { awaitsCalendarEvent } from '@shared/domain/booking-lifecycle'
import { slotEntityFor } from '../booking-factory'
import type { DemoEvent } from '../model'
import type { WriteContext } from './write-context'

/**
 * Appointment requests (§8 C4, SDK-B ~332): Wix fills an appointment's `eventId` only when the booking turns
 * CONFIRMED, and a PENDING booking "must be confirmed before it appears in the business calendar". So a
 * request is a slot (service, times, staff, location) with no event; confirming it creates the calendar event
 * (capacity 1, the staff member, the times) and sets `bookedEntity.slot.eventId`; declining or canceling it
 * leaves no event behind.
 */
export function eventForRequest(ctx: WriteContext, booking: Booking): DemoEvent | undefined {
  const slot = booking.bookedEntity.slot
  if (!slot || !awaitsCalendarEvent(booking)) return undefined
  const service = ctx.store.services.get(slot.serviceId ?? '')
  const startMs = Date.parse(slot.startDate ?? booking.startDate ?? '')
  const endMs = Date.parse(slot.endDate ?? booking.endDate ?? '')
  if (!service || Number.isNaN(startMs) || Number.isNaN(endMs)) return undefined
  const nowIso = new Date(ctx.now()).toISOString()
  return {
    id: ctx.newId(),
    serviceId: service.id,
    scheduleId: service.scheduleId,
    kind: 'APPOINTMENT',
    title: service.name,
    startMs,
    endMs,
    timeZone: slot.timezone ?? ctx.store.timeZone,
    staffId: slot.resource?.id ?? '',
    locationId: slot.location?.id ?? [...ctx.store.locations.keys()][0] ?? '',
    totalCapacity: 1,
    status: 'CONFIRMED',
    recurrenceType: 'NONE',
    revision: 1,
    createdDate: nowIso,
    updatedDate: nowIso,
  }
}

/**
 * Puts a confirmed request on the calendar: creates its event and answers the `bookedEntity` that names it
 * (undefined when the booking already has its event, or is no appointment request).
 */
export function placeRequestOnCalendar(ctx: WriteContext, booking: Booking): BookedEntity | undefined {
  const event = eventForRequest(ctx, booking)
  if (!event) return undefined
  ctx.store.putEvent(event)
  const entity = slotEntityFor(event, ctx.store)
  return { ...booking.bookedEntity, slot: { ...booking.bookedEntity.slot, ...entity.slot } }
}
