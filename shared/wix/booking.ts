import { z } from 'zod'
import { isoInstantSchema, localDateTimeSchema } from './dates'
import {
  bookingStatusReadSchema,
  locationTypeReadSchema,
  multiServiceBookingTypeReadSchema,
  paymentStatusReadSchema,
  selectedPaymentOptionReadSchema,
} from './booking-enums'
import { bookingStartUtc } from './placement'
import { tolerated } from './tolerated'

/**
 * The Booking object exactly as the Wix REST API returns it (plain `id`, `createdDate`, ISO strings — the JS
 * SDK renames these to `_id`/`_createdDate` and Dates; see electron/main/wix/README.md, "Sources").
 * Every object is loose: unknown fields are kept, so a newer Wix answer still parses and nothing is lost.
 * Required here = what Rollcall cannot work without (the booking's id, revision and status, what files it
 * under a session, and the dates that file it: its start for the day, its creation for the requests inbox,
 * its last update for the next pull); a booking missing one is set aside by the reader. Everything else is
 * `tolerated`: absent, null or malformed, it reads as absent. Enums read any value (Wix adds values).
 */

export const contactDetailsSchema = z.looseObject({
  contactId: tolerated(z.string()),
  firstName: tolerated(z.string()),
  lastName: tolerated(z.string()),
  email: tolerated(z.string()),
  phone: tolerated(z.string()),
  timeZone: tolerated(z.string()),
  countryCode: tolerated(z.string()),
  fullAddress: tolerated(z.looseObject({})),
})
export type ContactDetails = z.infer<typeof contactDetailsSchema>

export const bookedResourceSchema = z.looseObject({
  id: tolerated(z.string()),
  name: tolerated(z.string()),
  email: tolerated(z.string()),
  scheduleId: tolerated(z.string()),
  /** A resource-type id (a GUID for staff: SDK-B BookedResource.type), not a word. */
  type: tolerated(z.string()),
})
export type BookedResource = z.infer<typeof bookedResourceSchema>

export const bookedLocationSchema = z.looseObject({
  id: tolerated(z.string()),
  name: tolerated(z.string()),
  formattedAddress: tolerated(z.string()),
  locationType: tolerated(locationTypeReadSchema),
})
export type BookedLocation = z.infer<typeof bookedLocationSchema>

/** A class or appointment booking: one session. `eventId` is the Calendar V3 event (absent for courses). */
export const bookedSlotSchema = z.looseObject({
  serviceId: tolerated(z.string()),
  scheduleId: tolerated(z.string()),
  eventId: tolerated(z.string()),
  /** Legacy session id. */
  sessionId: tolerated(z.string()),
  /** Local wall-clock time in `timezone`: `…T09:00:00`, `…T09:00:00:000` or `…T09:00:00:000-05:00`. */
  startDate: tolerated(localDateTimeSchema),
  endDate: tolerated(localDateTimeSchema),
  timezone: tolerated(z.string()),
  resource: tolerated(bookedResourceSchema),
  location: tolerated(bookedLocationSchema),
  allDay: tolerated(z.boolean()),
})
export type BookedSlot = z.infer<typeof bookedSlotSchema>

/** A course booking: the whole schedule (all its sessions). */
export const bookedScheduleSchema = z.looseObject({
  scheduleId: tolerated(z.string()),
  serviceId: tolerated(z.string()),
  location: tolerated(bookedLocationSchema),
  timezone: tolerated(z.string()),
  firstSessionStart: tolerated(localDateTimeSchema),
  lastSessionEnd: tolerated(localDateTimeSchema),
})
export type BookedSchedule = z.infer<typeof bookedScheduleSchema>

/**
 * One of `slot` / `schedule` (Wix one-of): what files the booking under a session or a course, so one of them
 * must be there. Were both sent, the slot is the one read.
 */
export const bookedEntitySchema = z
  .looseObject({
    title: tolerated(z.string()),
    tags: tolerated(z.array(z.string())),
    slot: bookedSlotSchema.optional(),
    schedule: bookedScheduleSchema.optional(),
  })
  .refine((e) => e.slot !== undefined || e.schedule !== undefined, {
    message: 'bookedEntity must have a slot or a schedule',
  })
export type BookedEntity = z.infer<typeof bookedEntitySchema>

export const participantsChoicesSchema = z.looseObject({
  serviceChoices: z.array(
    z.looseObject({
      numberOfParticipants: tolerated(z.number().int()),
      choices: z.array(z.looseObject({})).optional().catch(undefined),
    }),
  ),
})
export type ParticipantsChoices = z.infer<typeof participantsChoicesSchema>

/**
 * Set on each single-service booking that belongs to a multi-service booking (SDK-B `multiServiceBookingInfo`,
 * read-only): the bookings sharing an `id` are one visit. Writes Wix allows only on the whole (cancel,
 * reschedule, participants: `NOT_ALLOWED_TO_UPDATE_BOOKING_IN_MULTI_SERVICE_BOOKING`, §8 C13) go through
 * `/v2/multi_service_bookings/{id}/…`.
 */
export const multiServiceBookingInfoSchema = z.looseObject({
  id: tolerated(z.string().min(1)),
  type: tolerated(multiServiceBookingTypeReadSchema),
})
export type MultiServiceBookingInfo = z.infer<typeof multiServiceBookingInfoSchema>

export const bookingSchema = z
  .looseObject({
    id: z.string().min(1),
    /** int64 as a decimal string; +1 on every change. Writes must send the current value. */
    revision: z.string().regex(/^\d+$/, 'revision must be a decimal string'),
    status: bookingStatusReadSchema,
    paymentStatus: tolerated(paymentStatusReadSchema),
    selectedPaymentOption: tolerated(selectedPaymentOptionReadSchema),
    bookedEntity: bookedEntitySchema,
    contactDetails: tolerated(contactDetailsSchema),
    /** Participants: one of `totalParticipants` or `participantsChoices` (see bookingParticipantCount). */
    totalParticipants: tolerated(z.number().int().positive()),
    participantsChoices: tolerated(participantsChoicesSchema),
    externalUserId: tolerated(z.string()),
    createdBy: tolerated(z.looseObject({})),
    createdDate: isoInstantSchema,
    updatedDate: isoInstantSchema,
    /**
     * UTC; the slot's start, or the first course session's start. Optional in Wix's definition: when it is
     * missing the slot's (or the course's) local start places the booking (see ./placement.ts), and it is
     * filled in from there, so every booking read carries its start.
     */
    startDate: tolerated(isoInstantSchema),
    endDate: tolerated(isoInstantSchema),
    /** Returned only when true. */
    doubleBooked: tolerated(z.boolean()),
    multiServiceBookingInfo: tolerated(multiServiceBookingInfoSchema),
  })
  .transform((booking, ctx) => {
    type Placed = typeof booking & { startDate: string }
    if (booking.startDate) return booking as Placed
    const startDate = bookingStartUtc(booking)
    if (startDate === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['startDate'],
        message: 'a booking needs a start: startDate, or a slot or course start with its time zone',
      })
      return z.NEVER
    }
    return { ...booking, startDate }
  })
export type Booking = z.infer<typeof bookingSchema>

/** Writer responses (create, confirm, decline, cancel, mark as pending): `{ booking }`. */
export const bookingResponseSchema = z.looseObject({ booking: bookingSchema })
export type BookingResponse = z.infer<typeof bookingResponseSchema>
