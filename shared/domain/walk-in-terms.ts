import type { selectedPaymentOptions } from '../wix/booking-enums'
import type { Service, ServiceOptionsAndVariants } from '../wix/service'
import { latestCancellationMinutesOf } from './cancellation-window'
import { durationWords, plural } from './duration-words'

/**
 * What a walk-in must respect on a real site, read from the service (Services V2) and its variants — the one
 * place the desk derives how a create is built (issue 17 item 3; electron/main/wix/README.md, "SDK facts"
 * C1 C2 C3 C14):
 * - the payment option comes from the ones the service offers (a create's `selectedPaymentOption` "must be
 *   one of the payment options offered by the service");
 * - a service with variants is booked with `participantsChoices` (one count per variant), never with
 *   `totalParticipants`;
 * - `skipBusinessConfirmation` (which needs `BOOKINGS.OVERRIDE_AVAILABILITY`) is sent only for a service that
 *   requires the business's approval;
 * - the booking policy (late-booking limit, booking after the start, participants per booking) is known so
 *   the desk can warn before Wix refuses, and say which rule refused.
 */
/** A payment option Rollcall knows (what a desk may send). */
export type DeskPaymentOption = (typeof selectedPaymentOptions)[number]

export interface WalkInTerms {
  serviceId: string
  name: string | null
  /** Payment options a desk can record for this service, the usual one first; empty: send none. */
  paymentOptions: DeskPaymentOption[]
  /** Bookings need the business's approval (`onlineBooking.requireManualApproval`). */
  requiresApproval: boolean
  policy: BookingPolicyTerms
  /** The service's variants; empty when it has none (then `totalParticipants` is sent). */
  variants: VariantChoice[]
}

export interface BookingPolicyTerms {
  /** No booking later than this many minutes before the start; null: no such limit (or not known). */
  latestBookingMinutes: number | null
  /** Whether a session may be booked after it started; null when the service did not say. */
  bookAfterStart: boolean | null
  /** Most participants one booking may hold; null when not known. */
  maxParticipants: number | null
  /**
   * No cancellation later than this many minutes before the start (Services V2
   * `bookingPolicy.cancellationPolicy`), unless the policy is ignored; null: no such limit (or not known).
   * shared/domain/cancellation-window.ts reads it.
   */
  latestCancellationMinutes: number | null
}

/** One variant a participant can be booked under: the choice Wix knows it by, and its words. */
export interface VariantChoice {
  /** Stable key for the form: option id and value. */
  key: string
  optionId: string
  /** The custom value ("Student"). */
  custom: string
  /** "Student · $18.00" */
  label: string
}

/**
 * Offered options → what a desk booking records. In person is what a walk-in usually does, so it comes
 * first; a pricing plan at the desk is MEMBERSHIP_OFFLINE ("the Wix user must manually redeem the pricing
 * plan in the dashboard", SDK-B SelectedPaymentOption); online (and a deposit, which is paid online) last.
 */
export function deskPaymentOptions(options: NonNullable<Service['payment']>['options']): DeskPaymentOption[] {
  if (!options) return []
  const offered: DeskPaymentOption[] = []
  if (options.inPerson) offered.push('OFFLINE')
  if (options.pricingPlan) offered.push('MEMBERSHIP_OFFLINE')
  if (options.online || options.deposit) offered.push('ONLINE')
  return offered
}

/** The desk's words for a payment option. */
export const paymentOptionWords: Record<DeskPaymentOption, string> = {
  OFFLINE: 'Pays at the desk',
  MEMBERSHIP_OFFLINE: 'Pricing plan (redeem it in the Wix dashboard)',
  MEMBERSHIP: 'Pricing plan',
  ONLINE: 'Pays online',
  UNDEFINED: 'No payment option',
}

function priceWords(price: { value?: string | null; currency?: string | null } | null | undefined): string {
  if (!price?.value) return ''
  const amount = Number(price.value)
  if (!Number.isFinite(amount) || !price.currency) return ` · ${price.value}`
  try {
    return ` · ${new Intl.NumberFormat('en-US', { style: 'currency', currency: price.currency }).format(amount)}`
  } catch {
    return ` · ${price.value} ${price.currency}`
  }
}

/** The variants a participant can be booked under; a variant with no usable choice is left out. */
export function variantChoicesOf(variants: ServiceOptionsAndVariants | null | undefined): VariantChoice[] {
  const seen = new Set<string>()
  const out: VariantChoice[] = []
  for (const variant of variants?.variants?.values ?? []) {
    const choice = variant.choices?.[0]
    if (!choice) continue
    const custom = choice.custom
    const optionId = choice.optionId
    // A booking names its variant by option and value (Create Booking's ServiceChoice).
    if (!optionId || !custom) continue
    const key = `${optionId}:${custom}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push({ key, optionId, custom, label: `${custom}${priceWords(variant.price)}` })
  }
  return out
}

/** A service as the desk needs it for walk-ins. */
export function walkInTermsOf(
  service: Service,
  variants: ServiceOptionsAndVariants | null | undefined,
): WalkInTerms {
  const policy = service.bookingPolicy
  const late = policy?.limitLateBookingPolicy
  return {
    serviceId: service.id,
    name: service.name ?? null,
    paymentOptions: deskPaymentOptions(service.payment?.options),
    requiresApproval: service.onlineBooking?.requireManualApproval === true,
    policy: {
      latestBookingMinutes:
        late?.enabled === true && typeof late.latestBookingInMinutes === 'number'
          ? late.latestBookingInMinutes
          : null,
      bookAfterStart:
        typeof policy?.bookAfterStartPolicy?.enabled === 'boolean'
          ? policy.bookAfterStartPolicy.enabled
          : null,
      maxParticipants: policy?.participantsPolicy?.maxParticipantsPerBooking ?? null,
      latestCancellationMinutes: latestCancellationMinutesOf(policy?.cancellationPolicy),
    },
    variants: variantChoicesOf(variants),
  }
}

/** Why the booking policy will refuse this walk-in, in words; null when it allows it (or cannot tell). */
export function policyRefusal(
  terms: Pick<WalkInTerms, 'policy' | 'name'>,
  session: { startMs: number },
  participants: number,
  now: number,
): string | null {
  const { latestBookingMinutes, bookAfterStart, maxParticipants } = terms.policy
  const service = terms.name ?? 'This service'
  if (maxParticipants !== null && participants > maxParticipants)
    return `${service}'s booking policy allows at most ${maxParticipants} ${maxParticipants === 1 ? 'participant' : 'participants'} per booking.`
  if (now >= session.startMs) {
    // A late-booking limit and booking after the start cannot both be enabled (Services V2 BookAfterStartPolicy).
    if (bookAfterStart === false || (bookAfterStart === null && latestBookingMinutes !== null))
      return `${service}'s booking policy does not allow booking after the session starts.`
    return null
  }
  if (latestBookingMinutes !== null && session.startMs - now < latestBookingMinutes * 60_000)
    return `${service}'s booking policy stops bookings ${durationWords(latestBookingMinutes)} before the start.`
  return null
}

/**
 * The rules of a service's booking policy, in words, for a refusal whose rule Wix does not name:
 * "no booking later than 30 minutes before the start, at most 2 participants per booking"; null if none known.
 */
export function bookingPolicyWords(terms: Pick<WalkInTerms, 'policy'>): string | null {
  const { latestBookingMinutes, bookAfterStart, maxParticipants } = terms.policy
  const rules = [
    latestBookingMinutes !== null
      ? `no booking later than ${durationWords(latestBookingMinutes)} before the start`
      : bookAfterStart === false
        ? 'no booking after the session starts'
        : null,
    maxParticipants !== null ? `at most ${plural(maxParticipants, 'participant')} per booking` : null,
  ].filter((rule): rule is string => rule !== null)
  return rules.length ? rules.join(', ') : null
}
