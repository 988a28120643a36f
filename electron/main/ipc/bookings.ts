import type { SiteConnection } from '../site/site-connection'
import { bookingsQueryFor } from '../wix/booking-selections'
import type { DomainHandlers } from './handlers'

export function bookingsHandlers(site: SiteConnection): DomainHandlers<'bookings'> {
  const bookings = () => site.client().bookings
  return {
    query: (input) =>
      bookings().page(
        'cursor' in input
          ? input
          : { query: { ...bookingsQueryFor(input.select), ...(input.limit ? { limit: input.limit } : {}) } },
      ),
    count: async (selection) => ({ count: await bookings().count(bookingsQueryFor(selection).filter) }),
    confirm: ({ bookingId, revision, message, checkAvailability }) =>
      bookings().confirm(bookingId, revision, {
        ...(message ? { message } : {}),
        ...(checkAvailability !== undefined ? { checkAvailability } : {}),
      }),
    decline: ({ bookingId, revision, message }) =>
      bookings().decline(bookingId, revision, message ? { message } : {}),
    cancel: ({ bookingId, revision, message, anyway }) =>
      bookings().cancel(bookingId, revision, { ...(message ? { message } : {}), anyway: anyway ?? false }),
    createWalkIn: (walkIn) => bookings().createWalkIn(walkIn),
    reschedule: ({ bookingId, revision, toEventId, serviceId, scheduleId, message }) =>
      bookings().reschedule(bookingId, revision, {
        toEventId,
        serviceId,
        scheduleId,
        ...(message ? { message } : {}),
      }),
    confirmVisit: ({ visitId, parts, message }) =>
      bookings().confirmVisit(visitId, parts, message ? { message } : {}),
    declineVisit: ({ visitId, parts, message }) =>
      bookings().declineVisit(visitId, parts, message ? { message } : {}),
    cancelVisit: ({ visitId, parts, message, anyway }) =>
      bookings().cancelVisit(visitId, parts, { ...(message ? { message } : {}), anyway: anyway ?? false }),
  }
}
