import { describe, expect, it } from 'vitest'
import { attendanceStatuses } from '@shared/wix/attendance'
import {
  bookingStatuses,
  locationTypes,
  paymentStatuses,
  selectedPaymentOptions,
} from '@shared/wix/booking-enums'
import { sdkTypes, wixBookingsModulePackages } from './sdk-spec'

/**
 * Every value our schemas know for a Wix enum is one of the values the SDK's typings give that field (read
 * with the TypeScript checker from index.typings.d.ts). Wix may add values (the read schemas tolerate them);
 * Rollcall must never know one Wix does not have.
 */
const modules = wixBookingsModulePackages()
const bookings = sdkTypes(modules.get('bookings')!)
const extendedBookings = sdkTypes(modules.get('extendedBookings')!)
const attendance = sdkTypes(modules.get('attendance')!)

const knownLists = [
  { name: 'bookingStatuses', values: bookingStatuses, sdk: bookings, type: 'Booking', field: 'status' },
  {
    name: 'paymentStatuses',
    values: paymentStatuses,
    sdk: bookings,
    type: 'Booking',
    field: 'paymentStatus',
  },
  {
    name: 'selectedPaymentOptions',
    values: selectedPaymentOptions,
    sdk: bookings,
    type: 'Booking',
    field: 'selectedPaymentOption',
  },
  {
    name: 'locationTypes',
    values: locationTypes,
    sdk: bookings,
    type: 'Booking',
    field: 'bookedEntity.slot.location.locationType',
  },
  {
    name: 'locationTypes',
    values: locationTypes,
    sdk: bookings,
    type: 'Booking',
    field: 'bookedEntity.schedule.location.locationType',
  },
  {
    name: 'attendanceStatuses',
    values: attendanceStatuses,
    sdk: attendance,
    type: 'Attendance',
    field: 'status',
  },
  {
    name: 'attendanceStatuses',
    values: attendanceStatuses,
    sdk: extendedBookings,
    type: 'ExtendedBooking',
    field: 'attendance.status',
  },
]

describe('the enum values our schemas know are Wix’s', () => {
  it.each(knownLists.map((l) => [`${l.name} ⊆ ${l.sdk.packageName} ${l.type}.${l.field}`, l] as const))(
    '%s',
    (_, { values, sdk, type, field }) => {
      const wix = sdk.enumValuesAt(type, field)
      expect(wix, `${type}.${field} is not an enum in the SDK`).toBeDefined()
      expect(values.filter((v) => !wix!.includes(v))).toEqual([])
    },
  )
})
