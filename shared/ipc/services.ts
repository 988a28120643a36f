import { z } from 'zod'
import type { WalkInTerms } from '../domain/walk-in-terms'
import { selectedPaymentOptions } from '../wix/booking-enums'

/** `WalkInTerms` (shared/domain/walk-in-terms.ts) on the wire: what main read from Services V2 for walk-ins. */
export const walkInTermsSchema = z.object({
  serviceId: z.string().min(1),
  name: z.string().nullable(),
  paymentOptions: z.array(z.enum(selectedPaymentOptions)),
  requiresApproval: z.boolean(),
  policy: z.object({
    latestBookingMinutes: z.number().nonnegative().nullable(),
    bookAfterStart: z.boolean().nullable(),
    maxParticipants: z.number().int().positive().nullable(),
    // Absent from terms a Rollcall before issue 21 kept offline: read as not known.
    latestCancellationMinutes: z.number().nonnegative().nullable().default(null),
  }),
  variants: z.array(
    z.object({
      key: z.string().min(1),
      optionId: z.string().min(1),
      custom: z.string().min(1),
      label: z.string(),
    }),
  ),
}) satisfies z.ZodType<WalkInTerms>

export const walkInTermsListSchema = z.object({
  items: z.array(walkInTermsSchema),
  setAside: z.number().int().nonnegative(),
})
