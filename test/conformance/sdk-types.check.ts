/**
 * Compile-time conformance (checked by `npm run typecheck`, never run): the field names our zod schemas read
 * exist in the SDK's own types, and the enum values we know are the SDK's. A misspelt or renamed field fails
 * the typecheck with the field's dotted path, e.g.
 *   Type '"bookedEntity.slot.resourse"' does not satisfy the constraint 'never'.
 * Field names are compared in REST naming: the SDK renames `id`, `createdDate`, `updatedDate` to `_id`, …
 */
import type {
  attendance,
  bookings,
  extendedBookings,
  serviceOptionsAndVariants,
  services,
} from '@wix/bookings'
import type { Attendance, CountAttendancesResponse, QueryAttendanceResponse } from '@shared/wix/attendance'
import type { attendanceStatuses } from '@shared/wix/attendance'
import type { Booking, BookingResponse } from '@shared/wix/booking'
import type {
  bookingStatuses,
  locationTypes,
  paymentStatuses,
  selectedPaymentOptions,
} from '@shared/wix/booking-enums'
import type { BulkSetAttendanceResponse } from '@shared/wix/bulk-attendance'
import type { ApplicationError } from '@shared/wix/errors'
import type {
  BookingOrder,
  CountExtendedBookingsResponse,
  ExtendedBooking,
  QueryExtendedBookingsResponse,
} from '@shared/wix/extended-booking'
import type { MultiServiceBookingResponse } from '@shared/wix/multi-service-booking'
import type { PagingMetadata } from '@shared/wix/paging'
import type { Service, ServiceOptionsAndVariants } from '@shared/wix/service'

/** Holds only when T is never; otherwise the error names T (the offending fields or values). */
export type Expect<T extends never> = T

/** The keys a type declares (a loose zod object's `[k: string]: unknown` left out). */
export type DeclaredKeys<T> = keyof {
  [
    K in keyof T as string extends K ? never : number extends K ? never : symbol extends K ? never : K
  ]: unknown
} &
  string

/** A REST field name as the SDK's types spell it (@wix/sdk-runtime's RESTResponseToSDKResponseRenameMap). */
export type SdkName<K extends string> = K extends 'id'
  ? '_id'
  : K extends 'createdDate'
    ? '_createdDate'
    : K extends 'updatedDate'
      ? '_updatedDate'
      : K

/** `Omit` for loose objects (the built-in one keeps only their index signature). */
export type Without<T, K extends string> = { [P in keyof T as P extends K ? never : P]: T[P] }

type Leaf = string | number | boolean | bigint | symbol | Date
type Unwrap<T> = NonNullable<T> extends readonly (infer E)[] ? NonNullable<E> : NonNullable<T>

/** The dotted paths of the fields `Ours` declares, at any depth, that the SDK's type has not; never if none. */
export type UnknownFields<Ours, Sdk, Prefix extends string = ''> = {
  [K in DeclaredKeys<Ours>]: SdkName<K> extends keyof Unwrap<Sdk>
    ? Unwrap<Ours[K]> extends Leaf
      ? never
      : UnknownFields<Unwrap<Ours[K]>, Unwrap<Unwrap<Sdk>[SdkName<K>]>, `${Prefix}${K}.`>
    : `${Prefix}${K}`
}[DeclaredKeys<Ours>]

/** The values of a list we know that the SDK's enum does not have; never if none. */
export type UnknownValues<Known extends readonly string[], SdkEnum extends string> = Exclude<
  Known[number],
  SdkEnum
>

// Bookings Writer V2 / Reader V2 (SDK-B, SDK-X).
export type BookingFields = Expect<UnknownFields<Booking, bookings.Booking>>
export type ReaderBookingFields = Expect<UnknownFields<Booking, extendedBookings.Booking>>
export type CreateFields = Expect<UnknownFields<BookingResponse, bookings.CreateBookingResponse>>
export type ConfirmFields = Expect<UnknownFields<BookingResponse, bookings.ConfirmBookingResponse>>
export type DeclineFields = Expect<UnknownFields<BookingResponse, bookings.DeclineBookingResponse>>
export type CancelFields = Expect<UnknownFields<BookingResponse, bookings.CancelBookingResponse>>
export type MarkPendingFields = Expect<UnknownFields<BookingResponse, bookings.MarkBookingAsPendingResponse>>
export type RescheduleFields = Expect<UnknownFields<BookingResponse, bookings.RescheduleBookingResponse>>
// Multi-service bookings (issue 19 case 4): `{ multiServiceBooking: { id, bookings: [{ bookingId, booking }] } }`.
export type ConfirmVisitFields = Expect<
  UnknownFields<MultiServiceBookingResponse, bookings.ConfirmMultiServiceBookingResponse>
>
export type DeclineVisitFields = Expect<
  UnknownFields<MultiServiceBookingResponse, bookings.DeclineMultiServiceBookingResponse>
>
export type CancelVisitFields = Expect<
  UnknownFields<MultiServiceBookingResponse, bookings.CancelMultiServiceBookingResponse>
>
export type ExtendedBookingFields = Expect<UnknownFields<ExtendedBooking, extendedBookings.ExtendedBooking>>
/** The order read with `withEcomOrder: true` (what is due: `balance`). */
export type BookingOrderFields = Expect<UnknownFields<BookingOrder, extendedBookings.Order>>
export type QueryExtendedBookingsFields = Expect<
  UnknownFields<
    Without<QueryExtendedBookingsResponse, 'pagingMetadata'>,
    extendedBookings.QueryExtendedBookingsResponse
  >
>
export type CountExtendedBookingsFields = Expect<
  UnknownFields<CountExtendedBookingsResponse, extendedBookings.CountExtendedBookingsResponse>
>

// Services V2 and Service Options and Variants (what walk-ins are built from, issue 17 item 3).
export type ServiceFields = Expect<UnknownFields<Service, services.Service>>
export type ServiceOptionsAndVariantsFields = Expect<
  UnknownFields<ServiceOptionsAndVariants, serviceOptionsAndVariants.ServiceOptionsAndVariants>
>

// Attendance (SDK-A).
export type AttendanceFields = Expect<UnknownFields<Attendance, attendance.Attendance>>
export type QueryAttendanceFields = Expect<
  UnknownFields<Without<QueryAttendanceResponse, 'pagingMetadata'>, attendance.QueryAttendanceResponse>
>
export type CountAttendancesFields = Expect<
  UnknownFields<CountAttendancesResponse, attendance.CountAttendancesResponse>
>
export type BulkSetAttendanceFields = Expect<
  UnknownFields<BulkSetAttendanceResponse, attendance.BulkSetAttendanceResponse>
>
export type ApplicationErrorFields = Expect<UnknownFields<ApplicationError, attendance.ApplicationError>>

/**
 * One paging schema reads both kinds of paging metadata: Query Extended Bookings' `PagingMetadataV2` (count,
 * offset, total, tooManyToCount, cursors) and Query Attendance's `CursorPagingMetadata` (cursors, hasNext).
 */
export type PagingFields = Expect<
  UnknownFields<PagingMetadata, extendedBookings.PagingMetadataV2 & attendance.CursorPagingMetadata>
>

// Enum values we know.
export type BookingStatusValues = Expect<
  UnknownValues<typeof bookingStatuses, bookings.BookingStatusWithLiterals>
>
export type PaymentStatusValues = Expect<
  UnknownValues<typeof paymentStatuses, bookings.PaymentStatusWithLiterals>
>
export type SelectedPaymentOptionValues = Expect<
  UnknownValues<typeof selectedPaymentOptions, bookings.SelectedPaymentOptionWithLiterals>
>
export type LocationTypeValues = Expect<
  UnknownValues<typeof locationTypes, bookings.LocationTypeWithLiterals>
>
export type AttendanceStatusValues = Expect<
  UnknownValues<typeof attendanceStatuses, attendance.AttendanceStatusWithLiterals>
>
export type ReaderAttendanceStatusValues = Expect<
  UnknownValues<typeof attendanceStatuses, extendedBookings.AttendanceStatusWithLiterals>
>
