import { z } from 'zod'
import { openEnumSchema, type OpenEnum } from './open-enum'

/**
 * Wix enums of a booking. Each list holds the values Rollcall knows (its logic decides on these). Each has two
 * schemas: `…Schema` takes only a known value (what Rollcall sends, what the demo site accepts), and
 * `…ReadSchema` reads any value, because Wix adds values without notice and one new value must never reject
 * a booking read from Wix (see ./open-enum.ts).
 */

/** Booking statuses (SDK-B `BookingStatus`). CREATED = checkout unfinished, not on the calendar. */
export const bookingStatuses = [
  'CREATED',
  'CONFIRMED',
  'CANCELED',
  'PENDING',
  'DECLINED',
  'WAITING_LIST',
] as const
export const bookingStatusSchema = z.enum(bookingStatuses)
export const bookingStatusReadSchema = openEnumSchema(bookingStatuses)
/** A status Rollcall knows. */
export type BookingStatus = (typeof bookingStatuses)[number]
/** A status as Wix sends it: a known one, or one Wix added since. */
export type WixBookingStatus = OpenEnum<BookingStatus>

export const paymentStatuses = [
  'UNDEFINED',
  'NOT_PAID',
  'PAID',
  'PARTIALLY_PAID',
  'REFUNDED',
  'EXEMPT',
  'FAILED',
] as const
export const paymentStatusSchema = z.enum(paymentStatuses)
export const paymentStatusReadSchema = openEnumSchema(paymentStatuses)
export type PaymentStatus = OpenEnum<(typeof paymentStatuses)[number]>

export const selectedPaymentOptions = [
  'UNDEFINED',
  'OFFLINE',
  'ONLINE',
  'MEMBERSHIP',
  'MEMBERSHIP_OFFLINE',
] as const
export const selectedPaymentOptionSchema = z.enum(selectedPaymentOptions)
export const selectedPaymentOptionReadSchema = openEnumSchema(selectedPaymentOptions)
export type SelectedPaymentOption = OpenEnum<(typeof selectedPaymentOptions)[number]>

export const locationTypes = ['UNDEFINED', 'OWNER_BUSINESS', 'OWNER_CUSTOM', 'CUSTOM'] as const
export const locationTypeSchema = z.enum(locationTypes)
export const locationTypeReadSchema = openEnumSchema(locationTypes)
export type LocationType = OpenEnum<(typeof locationTypes)[number]>

/** `bookedEntity.tags`: INDIVIDUAL = appointment, GROUP = class, COURSE = course. */
export const bookedEntityTags = ['INDIVIDUAL', 'GROUP', 'COURSE'] as const
export type BookedEntityTag = (typeof bookedEntityTags)[number]

/**
 * How the bookings of one multi-service booking are scheduled (SDK-X `MultiServiceBookingType`). Only
 * SEQUENTIAL_BOOKINGS is supported by Wix today ("Massage then Facial", back to back); the other two are
 * declared "not currently supported".
 */
export const multiServiceBookingTypes = [
  'SEQUENTIAL_BOOKINGS',
  'SEPARATE_BOOKINGS',
  'PARALLEL_BOOKINGS',
] as const
export const multiServiceBookingTypeReadSchema = openEnumSchema(multiServiceBookingTypes)
export type MultiServiceBookingType = OpenEnum<(typeof multiServiceBookingTypes)[number]>
