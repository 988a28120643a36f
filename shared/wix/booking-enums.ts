import { z } from 'zod'

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
export type BookingStatus = z.infer<typeof bookingStatusSchema>

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
export type PaymentStatus = z.infer<typeof paymentStatusSchema>

export const selectedPaymentOptions = [
  'UNDEFINED',
  'OFFLINE',
  'ONLINE',
  'MEMBERSHIP',
  'MEMBERSHIP_OFFLINE',
] as const
export const selectedPaymentOptionSchema = z.enum(selectedPaymentOptions)
export type SelectedPaymentOption = z.infer<typeof selectedPaymentOptionSchema>

export const locationTypes = ['UNDEFINED', 'OWNER_BUSINESS', 'OWNER_CUSTOM', 'CUSTOM'] as const
export const locationTypeSchema = z.enum(locationTypes)
export type LocationType = z.infer<typeof locationTypeSchema>

/** `bookedEntity.tags`: INDIVIDUAL = appointment, GROUP = class, COURSE = course. */
export const bookedEntityTags = ['INDIVIDUAL', 'GROUP', 'COURSE'] as const
export type BookedEntityTag = (typeof bookedEntityTags)[number]
