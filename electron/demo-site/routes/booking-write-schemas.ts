import { z } from 'zod'
import {
  bookingStatusSchema,
  paymentStatusSchema,
  selectedPaymentOptionSchema,
} from '@shared/wix/booking-enums'

/** Request bodies of the Bookings Writer V2 endpoints (unknown fields, e.g. the SDK's `bookingId`, are ignored). */
export const revisionSchema = z
  .string({ error: 'revision is required: send the booking’s current revision' })
  .regex(/^\d+$/, 'revision must be a decimal string')

const notificationSchema = z
  .looseObject({ notifyParticipants: z.boolean().nullish(), message: z.string().nullish() })
  .nullish()

export const confirmBodySchema = z.object({
  revision: revisionSchema,
  participantNotification: notificationSchema,
  sendSmsReminder: z.boolean().nullish(),
  paymentStatus: paymentStatusSchema.nullish(),
  doubleBooked: z.boolean().nullish(),
  flowControlSettings: z.looseObject({ checkAvailabilityValidation: z.boolean().nullish() }).nullish(),
})

export const declineBodySchema = z.object({
  revision: revisionSchema,
  participantNotification: notificationSchema,
  paymentStatus: paymentStatusSchema.nullish(),
  doubleBooked: z.boolean().nullish(),
  flowControlSettings: z.looseObject({ withRefund: z.boolean().nullish() }).nullish(),
})

export const cancelBodySchema = z.object({
  revision: revisionSchema,
  participantNotification: notificationSchema,
  flowControlSettings: z
    .looseObject({
      ignoreCancellationPolicy: z.boolean().nullish(),
      withRefund: z.boolean().nullish(),
      waiveCancellationFee: z.boolean().nullish(),
    })
    .nullish(),
})

export const markPendingBodySchema = z.object({
  revision: revisionSchema,
  participantNotification: notificationSchema,
  sendSmsReminder: z.boolean().nullish(),
  paymentStatus: paymentStatusSchema.nullish(),
  doubleBooked: z.boolean().nullish(),
  flowControlSettings: z
    .looseObject({
      checkAvailabilityValidation: z.boolean().nullish(),
      skipPendingApprovalServiceValidation: z.boolean().nullish(),
    })
    .nullish(),
})

const slotSchema = z.looseObject({
  eventId: z.string().min(1).nullish(),
  serviceId: z.string().nullish(),
  scheduleId: z.string().nullish(),
  startDate: z.string().nullish(),
  endDate: z.string().nullish(),
  timezone: z.string().nullish(),
  resource: z.looseObject({ id: z.string().nullish() }).nullish(),
  location: z.looseObject({ id: z.string().nullish() }).nullish(),
})

const contactSchema = z.looseObject({
  contactId: z.string().nullish(),
  firstName: z.string().max(200).nullish(),
  lastName: z.string().max(200).nullish(),
  email: z.email().nullish(),
  phone: z.string().max(50).nullish(),
})

export const createBodySchema = z.object({
  booking: z.looseObject({
    bookedEntity: z.looseObject({
      slot: slotSchema.nullish(),
      schedule: z.looseObject({ scheduleId: z.string().min(1), serviceId: z.string().nullish() }).nullish(),
    }),
    contactDetails: contactSchema,
    totalParticipants: z.number().int().min(1).nullish(),
    participantsChoices: z
      .looseObject({
        serviceChoices: z
          .array(
            z.looseObject({
              numberOfParticipants: z.number().int().min(1),
              choices: z
                .array(
                  z.looseObject({
                    custom: z.string().max(255).nullish(),
                    optionId: z.string().nullish(),
                    choiceId: z.string().nullish(),
                  }),
                )
                .max(5),
            }),
          )
          .min(1)
          .max(20),
      })
      .nullish(),
    status: bookingStatusSchema.nullish(),
    externalUserId: z.string().max(200).nullish(),
    selectedPaymentOption: selectedPaymentOptionSchema.nullish(),
    paymentStatus: paymentStatusSchema.nullish(),
  }),
  participantNotification: notificationSchema,
  sendSmsReminder: z.boolean().nullish(),
  flowControlSettings: z
    .looseObject({
      skipAvailabilityValidation: z.boolean().nullish(),
      skipBusinessConfirmation: z.boolean().nullish(),
      skipSelectedPaymentOptionValidation: z.boolean().nullish(),
    })
    .nullish(),
})
export type CreateBody = z.infer<typeof createBodySchema>

/** RescheduleBookingRequest (SDK-B ~4782): the new slot, the revision, notification and flow control. */
export const rescheduleBodySchema = z.object({
  slot: z.looseObject({
    eventId: z.string().nullish(),
    serviceId: z.string().nullish(),
    scheduleId: z.string().nullish(),
    startDate: z.string().nullish(),
    endDate: z.string().nullish(),
    timezone: z.string().nullish(),
  }),
  revision: revisionSchema,
  participantNotification: notificationSchema,
  totalParticipants: z.number().int().min(1).nullish(),
  participantsChoices: z.unknown().optional(),
  flowControlSettings: z
    .looseObject({
      ignoreReschedulePolicy: z.boolean().nullish(),
      skipAvailabilityValidation: z.boolean().nullish(),
      skipBusinessConfirmation: z.boolean().nullish(),
    })
    .nullish(),
})

/** BookingInfo (SDK-B ~4393): a part of a multi-service booking with its revision. */
const visitPartInfoSchema = z.looseObject({
  bookingId: z.string().nullish(),
  revision: z.string().nullish(),
  paymentStatus: paymentStatusSchema.nullish(),
})

/** ConfirmMultiServiceBookingRequest (SDK-B ~4433). */
export const confirmVisitBodySchema = z.object({
  confirmBookingsInfo: z.array(visitPartInfoSchema).nullish(),
  participantNotification: notificationSchema,
  sendSmsReminder: z.boolean().nullish(),
  doubleBooked: z.boolean().nullish(),
  returnFullEntity: z.boolean().nullish(),
  flowControlSettings: z.looseObject({ checkAvailabilityValidation: z.boolean().nullish() }).nullish(),
})

/** DeclineMultiServiceBookingRequest (SDK-B ~4492). */
export const declineVisitBodySchema = z.object({
  declineBookingsInfo: z.array(visitPartInfoSchema).nullish(),
  participantNotification: notificationSchema,
  doubleBooked: z.boolean().nullish(),
  returnFullEntity: z.boolean().nullish(),
  flowControlSettings: z.looseObject({ withRefund: z.boolean().nullish() }).nullish(),
})

/** CancelMultiServiceBookingRequest (SDK-B ~4323): no parts, no revisions. */
export const cancelVisitBodySchema = z.object({
  participantNotification: notificationSchema,
  flowControlSettings: z
    .looseObject({
      ignoreCancellationPolicy: z.boolean().nullish(),
      withRefund: z.boolean().nullish(),
      waiveCancellationFee: z.boolean().nullish(),
    })
    .nullish(),
  returnFullEntity: z.boolean().nullish(),
  waiveCharges: z.boolean().nullish(),
})
