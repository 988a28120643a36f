import { z } from 'zod'
import { isoInstantSchema, localDateTimeSchema } from './dates'
import {
  bookingStatusSchema,
  locationTypeSchema,
  paymentStatusSchema,
  selectedPaymentOptionSchema,
} from './booking-enums'

/**
 * The Booking object exactly as the Wix REST API returns it (plain `id`, `createdDate`, ISO strings — the JS
 * SDK renames these to `_id`/`_createdDate` and Dates; see wix-bookings-api.md "Naming gotcha").
 * Every object is loose: unknown fields are kept, so a newer Wix answer still parses and nothing is lost.
 * Required here = what Rollcall cannot work without; a missing or malformed one is a bad response.
 */

export const contactDetailsSchema = z.looseObject({
  contactId: z.string().nullish(),
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  email: z.string().nullish(),
  phone: z.string().nullish(),
  timeZone: z.string().nullish(),
  countryCode: z.string().nullish(),
  fullAddress: z.looseObject({}).nullish(),
})
export type ContactDetails = z.infer<typeof contactDetailsSchema>

export const bookedResourceSchema = z.looseObject({
  id: z.string(),
  name: z.string().nullish(),
  email: z.string().nullish(),
  scheduleId: z.string().nullish(),
  type: z.string().nullish(),
})
export type BookedResource = z.infer<typeof bookedResourceSchema>

export const bookedLocationSchema = z.looseObject({
  id: z.string().nullish(),
  name: z.string().nullish(),
  formattedAddress: z.string().nullish(),
  locationType: locationTypeSchema.nullish(),
})
export type BookedLocation = z.infer<typeof bookedLocationSchema>

/** A class or appointment booking: one session. `eventId` is the Calendar V3 event (absent for courses). */
export const bookedSlotSchema = z.looseObject({
  serviceId: z.string(),
  scheduleId: z.string(),
  eventId: z.string().nullish(),
  /** Legacy session id. */
  sessionId: z.string().nullish(),
  /** Local wall-clock time in `timezone` (offset optional). */
  startDate: localDateTimeSchema.nullish(),
  endDate: localDateTimeSchema.nullish(),
  timezone: z.string().nullish(),
  resource: bookedResourceSchema.nullish(),
  location: bookedLocationSchema.nullish(),
  allDay: z.boolean().nullish(),
})
export type BookedSlot = z.infer<typeof bookedSlotSchema>

/** A course booking: the whole schedule (all its sessions). */
export const bookedScheduleSchema = z.looseObject({
  scheduleId: z.string(),
  serviceId: z.string().nullish(),
  location: bookedLocationSchema.nullish(),
  timezone: z.string().nullish(),
  firstSessionStart: localDateTimeSchema.nullish(),
  lastSessionEnd: localDateTimeSchema.nullish(),
})
export type BookedSchedule = z.infer<typeof bookedScheduleSchema>

/** One of `slot` / `schedule` (Wix one-of): exactly one must be present. */
export const bookedEntitySchema = z
  .looseObject({
    title: z.string().nullish(),
    tags: z.array(z.string()).nullish(),
    slot: bookedSlotSchema.optional(),
    schedule: bookedScheduleSchema.optional(),
  })
  .refine((e) => (e.slot === undefined) !== (e.schedule === undefined), {
    message: 'bookedEntity must have exactly one of slot or schedule',
  })
export type BookedEntity = z.infer<typeof bookedEntitySchema>

export const participantsChoicesSchema = z.looseObject({
  serviceChoices: z.array(
    z.looseObject({
      numberOfParticipants: z.number().int().nullish(),
      choices: z.array(z.looseObject({})).optional(),
    }),
  ),
})
export type ParticipantsChoices = z.infer<typeof participantsChoicesSchema>

export const bookingSchema = z.looseObject({
  id: z.string().min(1),
  /** int64 as a decimal string; +1 on every change. Writes must send the current value. */
  revision: z.string().regex(/^\d+$/, 'revision must be a decimal string'),
  status: bookingStatusSchema,
  paymentStatus: paymentStatusSchema.nullish(),
  selectedPaymentOption: selectedPaymentOptionSchema.nullish(),
  bookedEntity: bookedEntitySchema,
  contactDetails: contactDetailsSchema.nullish(),
  /** Participants: one of `totalParticipants` or `participantsChoices` (see bookingParticipantCount). */
  totalParticipants: z.number().int().positive().nullish(),
  participantsChoices: participantsChoicesSchema.nullish(),
  externalUserId: z.string().nullish(),
  createdBy: z.looseObject({}).nullish(),
  createdDate: isoInstantSchema,
  updatedDate: isoInstantSchema,
  /** UTC; the slot's start, or the first course session's start. */
  startDate: isoInstantSchema,
  endDate: isoInstantSchema,
  /** Returned only when true. */
  doubleBooked: z.boolean().nullish(),
})
export type Booking = z.infer<typeof bookingSchema>

/** Writer responses (create, confirm, decline, cancel, mark as pending): `{ booking }`. */
export const bookingResponseSchema = z.looseObject({ booking: bookingSchema })
export type BookingResponse = z.infer<typeof bookingResponseSchema>
