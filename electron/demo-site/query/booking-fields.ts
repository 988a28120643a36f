import type { Booking } from '@shared/wix/booking'
import {
  ARRAY_OPERATORS,
  BOOLEAN_OPERATORS,
  EQUALITY_OPERATORS,
  RANGE_OPERATORS,
  type QueryField,
  type QueryFieldTable,
} from './fields'

/**
 * Query Extended Bookings filter/sort fields, per the documented table (electron/main/wix/README.md,
 * "Supported filters"). Stricter reading where the docs are specific: string ids and enums accept only
 * `$eq $ne $in` (no `$nin`, no ranges); the dates accept all eight operators. Filter paths use
 * `bookedEntity.item.slot.*` / `bookedEntity.item.schedule.*` although the JSON is `bookedEntity.slot.*`.
 * A `booking.`-prefixed path is not a field, so it is a 400 like on Wix. Every filterable field sorts.
 */
function text(get: (b: Booking) => unknown): QueryField<Booking> {
  return { kind: 'string', operators: EQUALITY_OPERATORS, sortable: true, get }
}

function date(get: (b: Booking) => unknown): QueryField<Booking> {
  return { kind: 'date', operators: RANGE_OPERATORS, sortable: true, get }
}

export const bookingQueryFields: QueryFieldTable<Booking> = {
  id: text((b) => b.id),
  status: text((b) => b.status),
  paymentStatus: text((b) => b.paymentStatus),
  selectedPaymentOption: text((b) => b.selectedPaymentOption),
  externalUserId: text((b) => b.externalUserId),
  'contactDetails.contactId': text((b) => b.contactDetails?.contactId),
  'contactDetails.email': text((b) => b.contactDetails?.email),
  'bookedEntity.item.slot.eventId': text((b) => b.bookedEntity.slot?.eventId),
  'bookedEntity.item.slot.sessionId': text((b) => b.bookedEntity.slot?.sessionId),
  'bookedEntity.item.slot.serviceId': text((b) => b.bookedEntity.slot?.serviceId),
  'bookedEntity.item.slot.scheduleId': text((b) => b.bookedEntity.slot?.scheduleId),
  'bookedEntity.item.slot.resource.id': text((b) => b.bookedEntity.slot?.resource?.id),
  'bookedEntity.item.slot.location.id': text((b) => b.bookedEntity.slot?.location?.id),
  'bookedEntity.item.schedule.scheduleId': text((b) => b.bookedEntity.schedule?.scheduleId),
  'bookedEntity.item.schedule.serviceId': text((b) => b.bookedEntity.schedule?.serviceId),
  'bookedEntity.tags': {
    kind: 'stringList',
    operators: ARRAY_OPERATORS,
    sortable: false,
    get: (b) => b.bookedEntity.tags ?? [],
  },
  createdDate: date((b) => b.createdDate),
  updatedDate: date((b) => b.updatedDate),
  startDate: date((b) => b.startDate),
  endDate: date((b) => b.endDate),
  doubleBooked: {
    kind: 'boolean',
    operators: BOOLEAN_OPERATORS,
    sortable: true,
    get: (b) => b.doubleBooked ?? false,
  },
}
