import { z } from 'zod'
import { bookingSchema } from '../wix/booking'
import { selectedPaymentOptions } from '../wix/booking-enums'
import { extendedBookingSchema } from '../wix/extended-booking'

const instant = z.iso.datetime({ offset: true })
const id = z.string().trim().min(1).max(200)

/** Which bookings to read. Main turns each into a Wix filter and sort. */
export const bookingSelectionSchema = z.discriminatedUnion('by', [
  /** Sessions starting in [from, to): the initial load of a window of days. */
  z.object({ by: z.literal('startDate'), from: instant, to: instant }),
  /** Everything changed at or after `since`, oldest change first: incremental pulls. */
  z.object({ by: z.literal('updatedSince'), since: instant }),
  z.object({ by: z.literal('event'), eventId: id }),
  z.object({ by: z.literal('schedule'), scheduleId: id }),
  z.object({ by: z.literal('ids'), ids: z.array(id).min(1).max(100) }),
  /** A walk-in Rollcall created, found again by its `rollcall:<uuid>`. */
  z.object({ by: z.literal('externalUserId'), externalUserId: id }),
])

export const bookingsQueryInputSchema = z.union([
  z.object({ cursor: z.string().min(1) }).strict(),
  z.object({ select: bookingSelectionSchema, limit: z.number().int().min(1).max(100).optional() }).strict(),
])

/**
 * One page of records read from Wix. `setAside`: records of this page main could not read (each one logged
 * by main) — left out of `items`, counted so the desk can say so in words.
 */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z.string().nullable(),
    setAside: z.number().int().nonnegative(),
  })

export const bookingsPageSchema = pageOf(extendedBookingSchema)

const revision = z.string().regex(/^\d+$/, 'a revision is a number in a string')

export const customerMessageSchema = z.object({
  notify: z.boolean(),
  message: z.string().trim().max(1000).optional(),
})

export const confirmInputSchema = z.object({
  bookingId: id,
  revision,
  message: customerMessageSchema.optional(),
  /** Refuse (NO_OPEN_SPOTS) rather than overfill the session. */
  checkAvailability: z.boolean().optional(),
})

export const declineInputSchema = z.object({
  bookingId: id,
  revision,
  message: customerMessageSchema.optional(),
})
/**
 * A cancel respects the business's cancellation policy (inside its window Wix answers 428
 * BOOKING_POLICY_VIOLATION) unless `anyway`: the desk's "Cancel anyway", sent as `ignoreCancellationPolicy`,
 * which needs the key's BOOKINGS.IGNORE_BOOKING_POLICY scope.
 */
export const cancelInputSchema = declineInputSchema.extend({ anyway: z.boolean().optional() })

/**
 * Bookings Writer V2 Reschedule, for a class booking: moved to another session of the same service, named by
 * its event (§4: "for classes pass only `slot.eventId`"; `serviceId` and `scheduleId` go with it as the SDK's
 * V2Slot asks). Revision-guarded like every status change.
 */
export const rescheduleInputSchema = z.object({
  bookingId: id,
  revision,
  toEventId: id,
  serviceId: id,
  scheduleId: id,
  message: customerMessageSchema.optional(),
})

/** One booking of a visit, on the revision the desk acted on. */
export const visitPartSchema = z.object({ bookingId: id, revision })

/**
 * A confirm, decline or cancel of a whole multi-service booking (`/v2/multi_service_bookings/{id}/…`, §8 C13):
 * every part with its revision.
 */
export const visitActionInputSchema = z.object({
  visitId: id,
  parts: z.array(visitPartSchema).min(1).max(10),
  message: customerMessageSchema.optional(),
})

/** A whole visit's cancel: the policy respected unless `anyway`, as a single cancel (`cancelInputSchema`). */
export const cancelVisitInputSchema = visitActionInputSchema.extend({ anyway: z.boolean().optional() })

/** The visit's bookings as Wix answers them (`multiServiceBooking.bookings[].booking`). */
export const visitResultSchema = z.object({ visitId: id, bookings: z.array(bookingSchema) })

/** One variant of a walk-in's party: the choice Wix knows (by id, or option + value) and how many people. */
export const walkInChoiceSchema = z
  .object({
    optionId: z.string().min(1).optional(),
    choiceId: z.string().min(1).optional(),
    custom: z.string().min(1).max(100).optional(),
    numberOfParticipants: z.number().int().min(1).max(50),
  })
  .refine((c) => c.choiceId !== undefined || (c.optionId !== undefined && c.custom !== undefined), {
    message: 'a choice is named by choiceId, or by optionId and custom',
  })

export const walkInInputSchema = z
  .object({
    eventId: id,
    serviceId: id,
    scheduleId: id,
    contact: z.object({
      firstName: z.string().trim().min(1).max(100),
      lastName: z.string().trim().max(100).optional(),
      email: z.email().optional(),
      phone: z
        .string()
        .trim()
        .regex(/^\+?[0-9 ()-]{5,20}$/, 'a phone number')
        .optional(),
    }),
    /** The party size; with `participantsChoices`, their sum. */
    totalParticipants: z.number().int().min(1).max(50),
    externalUserId: z.string().regex(/^rollcall:[0-9a-f-]{36}$/i, 'rollcall:<uuid>'),
    overrideCapacity: z.boolean().optional(),
    /** One the service offers (shared/domain/walk-in-terms.ts); absent when the desk does not know its options. */
    selectedPaymentOption: z.enum(selectedPaymentOptions).optional(),
    /** For a service with variants: how many people under each (sent instead of `totalParticipants`). */
    participantsChoices: z.array(walkInChoiceSchema).min(1).max(20).optional(),
    /** The service needs the business's approval: the desk's booking is confirmed by `skipBusinessConfirmation`. */
    serviceRequiresApproval: z.boolean().optional(),
  })
  .refine(
    (walkIn) =>
      !walkIn.participantsChoices ||
      walkIn.participantsChoices.reduce((sum, c) => sum + c.numberOfParticipants, 0) ===
        walkIn.totalParticipants,
    {
      message: 'the participants of the choices must add up to the party size',
      path: ['participantsChoices'],
    },
  )

export const bookingResultSchema = bookingSchema

export type BookingSelection = z.infer<typeof bookingSelectionSchema>
export type BookingsQueryInput = z.infer<typeof bookingsQueryInputSchema>
export type WalkInInput = z.infer<typeof walkInInputSchema>
export type RescheduleInput = z.infer<typeof rescheduleInputSchema>
export type VisitActionInput = z.infer<typeof visitActionInputSchema>
export type VisitResult = z.infer<typeof visitResultSchema>
