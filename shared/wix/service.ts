import { z } from 'zod'
import { tolerated } from './tolerated'

/**
 * Services V2 `Service` and Service Options and Variants, as far as a walk-in needs them (issue 17 item 3):
 * which payment options the service offers (a create's `selectedPaymentOption` must be one of them, SDK-B
 * ~86), whether it requires the business's approval (then a desk booking needs `skipBusinessConfirmation`),
 * its booking policy (Create refuses with `BOOKING_POLICY_VIOLATION`, and has no flag to skip it) and its
 * variants (then a create sends `participantsChoices`, not `totalParticipants`, SDK-B ~7).
 *
 * Only the id is required: everything else is `tolerated`, so a service with an odd field is still read, and
 * what is missing reads as Wix's documented default (e.g. no late-booking limit, one participant).
 */

const moneySchema = z.looseObject({
  value: tolerated(z.string()),
  currency: tolerated(z.string()),
})
export type Money = z.infer<typeof moneySchema>

export const servicePaymentOptionsSchema = z.looseObject({
  online: tolerated(z.boolean()),
  inPerson: tolerated(z.boolean()),
  deposit: tolerated(z.boolean()),
  pricingPlan: tolerated(z.boolean()),
})
export type ServicePaymentOptions = z.infer<typeof servicePaymentOptionsSchema>

export const serviceSchema = z.looseObject({
  id: z.string().min(1),
  name: tolerated(z.string()),
  /** APPOINTMENT / CLASS / COURSE, or a type Wix added since. */
  type: tolerated(z.string()),
  defaultCapacity: tolerated(z.number().int()),
  schedule: tolerated(z.looseObject({ id: tolerated(z.string()) })),
  payment: tolerated(
    z.looseObject({
      /** FIXED / CUSTOM / VARIED / NO_FEE / SUBSCRIPTION. */
      rateType: tolerated(z.string()),
      fixed: tolerated(z.looseObject({ price: tolerated(moneySchema) })),
      options: tolerated(servicePaymentOptionsSchema),
    }),
  ),
  onlineBooking: tolerated(
    z.looseObject({
      enabled: tolerated(z.boolean()),
      requireManualApproval: tolerated(z.boolean()),
    }),
  ),
  bookingPolicy: tolerated(
    z.looseObject({
      limitLateBookingPolicy: tolerated(
        z.looseObject({
          enabled: tolerated(z.boolean()),
          latestBookingInMinutes: tolerated(z.number()),
        }),
      ),
      bookAfterStartPolicy: tolerated(z.looseObject({ enabled: tolerated(z.boolean()) })),
      participantsPolicy: tolerated(
        z.looseObject({ maxParticipantsPerBooking: tolerated(z.number().int()) }),
      ),
      /** Cancel refuses inside the window (428 BOOKING_POLICY_VIOLATION) unless the policy is ignored. */
      cancellationPolicy: tolerated(
        z.looseObject({
          enabled: tolerated(z.boolean()),
          limitLatestCancellation: tolerated(z.boolean()),
          latestCancellationInMinutes: tolerated(z.number()),
        }),
      ),
    }),
  ),
})
export type Service = z.infer<typeof serviceSchema>

/** A variant's choice: an option and its custom value (the SDK's variant choices carry no choice id). */
export const serviceChoiceSchema = z.looseObject({
  custom: tolerated(z.string()),
  optionId: tolerated(z.string()),
})
export type ServiceChoice = z.infer<typeof serviceChoiceSchema>

export const serviceOptionsAndVariantsSchema = z.looseObject({
  id: tolerated(z.string()),
  serviceId: z.string().min(1),
  options: tolerated(
    z.looseObject({
      values: tolerated(
        z.array(
          z.looseObject({
            id: tolerated(z.string()),
            /** CUSTOM / DURATION / STAFF_MEMBER / … */
            type: tolerated(z.string()),
            customData: tolerated(
              z.looseObject({ name: tolerated(z.string()), choices: tolerated(z.array(z.string())) }),
            ),
          }),
        ),
      ),
    }),
  ),
  variants: tolerated(
    z.looseObject({
      values: tolerated(
        z.array(
          z.looseObject({
            choices: tolerated(z.array(serviceChoiceSchema)),
            price: tolerated(moneySchema),
          }),
        ),
      ),
    }),
  ),
})
export type ServiceOptionsAndVariants = z.infer<typeof serviceOptionsAndVariantsSchema>
