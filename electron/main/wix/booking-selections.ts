import type { BookingSelection } from '@shared/ipc/bookings'
import type { BookingsQuery } from './bookings-reader'

/**
 * What the renderer asks for, as a Wix Query Extended Bookings filter and sort (filter paths say
 * `bookedEntity.item.slot.*`: README.md, "Reading bookings"). Every selection includes one of the fields Wix
 * recommends for performance.
 */
export function bookingsQueryFor(selection: BookingSelection): Omit<BookingsQuery, 'limit'> {
  switch (selection.by) {
    case 'startDate':
      return {
        filter: { startDate: { $gte: selection.from, $lt: selection.to } },
        sort: [{ fieldName: 'startDate', order: 'ASC' }],
      }
    case 'updatedSince':
      return {
        filter: { updatedDate: { $gte: selection.since } },
        sort: [{ fieldName: 'updatedDate', order: 'ASC' }],
      }
    case 'event':
      return { filter: { 'bookedEntity.item.slot.eventId': selection.eventId } }
    case 'schedule':
      return { filter: { 'bookedEntity.item.schedule.scheduleId': selection.scheduleId } }
    case 'ids':
      return { filter: { id: { $in: selection.ids } } }
    case 'externalUserId':
      return { filter: { externalUserId: selection.externalUserId } }
  }
}
