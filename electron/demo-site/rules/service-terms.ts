import type { SelectedPaymentOption } from '@shared/wix/booking-enums'
import { BUSINESS_RULE_STATUS, applicationError } from '../http/wix-error'
import type { DemoService } from '../model'

/**
 * What a service asks of a new booking (Create Booking; electron/main/wix/README.md, "SDK facts" C1, C3,
 * C14): a payment option it offers, participants by variant when it has variants, its booking policy, and its
 * business confirmation.
 */

/** A `participantsChoices.serviceChoices` entry as the request sends it. */
export interface RequestedServiceChoices {
  numberOfParticipants: number
  choices: Array<{ custom?: string; optionId?: string; choiceId?: string }>
}

/**
 * The payment options a booking may select for a service (SDK-B SelectedPaymentOption): OFFLINE when it is
 * paid in person, ONLINE when online (a deposit is paid online), MEMBERSHIP and MEMBERSHIP_OFFLINE when a
 * pricing plan pays.
 */
export function offeredPaymentOptions(service: DemoService): SelectedPaymentOption[] {
  const { inPerson, online, deposit, pricingPlan } = service.payment
  const offered: SelectedPaymentOption[] = []
  if (inPerson) offered.push('OFFLINE')
  if (online || deposit) offered.push('ONLINE')
  if (pricingPlan) offered.push('MEMBERSHIP', 'MEMBERSHIP_OFFLINE')
  return offered
}

/**
 * "Must be one of the payment options offered by the service, unless skipSelectedPaymentOptionValidation"
 * (SDK-B ~86); omitted (or UNDEFINED) is allowed: a custom checkout need not send one.
 */
export function assertPaymentOption(
  service: DemoService,
  selected: SelectedPaymentOption | undefined,
  skipValidation: boolean,
): void {
  if (skipValidation || selected === undefined || selected === 'UNDEFINED') return
  const offered = offeredPaymentOptions(service)
  if (offered.includes(selected)) return
  // GUESS: 400 VALIDATION_FAILURE (one of Create Booking's codes; none names the payment option), with the
  // options the service offers in `data`.
  throw applicationError(
    400,
    'VALIDATION_FAILURE',
    `${service.name} does not offer the payment option ${selected} (it offers ${offered.join(', ') || 'none'})`,
    { field: 'booking.selectedPaymentOption', selectedPaymentOption: selected, offered },
  )
}

function invalidChoices(service: DemoService, description: string): never {
  // GUESS: 400 for INVALID_SERVICE_CHOICES (the SDK names the code, not its status).
  throw applicationError(400, 'INVALID_SERVICE_CHOICES', description, { serviceId: service.id })
}

/**
 * The participants of a new booking. A service without variants takes `totalParticipants` (choices for it
 * are refused); a service with variants takes `participantsChoices` whose every choice is one of its
 * variants, named by `optionId` + `custom` (its variants carry no choice ids), and refuses
 * `totalParticipants` (SDK-B ~7: "use this field only if the relevant service … doesn't offer variants").
 * Returns the choices to keep on the booking (undefined: none) and the participant count they make.
 */
export function resolveParticipants(
  service: DemoService,
  totalParticipants: number | undefined,
  serviceChoices: RequestedServiceChoices[] | undefined,
): { totalParticipants: number; serviceChoices?: RequestedServiceChoices[] } {
  const variants = service.variants
  if (!variants) {
    // GUESS: choices for a service without variants are INVALID_SERVICE_CHOICES.
    if (serviceChoices !== undefined)
      invalidChoices(service, `${service.name} has no variants: book it with totalParticipants`)
    return { totalParticipants: totalParticipants ?? 1 }
  }
  // GUESS: totalParticipants for a service with variants is INVALID_SERVICE_CHOICES.
  if (serviceChoices === undefined)
    invalidChoices(
      service,
      `${service.name} has variants (${variants.choices.map((c) => c.name).join(', ')}): book it with participantsChoices, not totalParticipants`,
    )
  for (const entry of serviceChoices) {
    const [choice, ...more] = entry.choices
    const known =
      choice !== undefined &&
      more.length === 0 &&
      choice.optionId === variants.optionId &&
      variants.choices.some((c) => c.name.toLowerCase() === choice.custom?.toLowerCase())
    if (!known)
      invalidChoices(
        service,
        `Each participants choice must name one of ${service.name}'s variants by optionId ${variants.optionId} and custom (${variants.choices.map((c) => c.name).join(', ')})`,
      )
  }
  return {
    totalParticipants: serviceChoices.reduce((sum, c) => sum + c.numberOfParticipants, 0),
    serviceChoices,
  }
}

type PolicyName = 'limitLateBooking' | 'bookAfterStart' | 'participantsPerBooking'

function policyViolation(description: string, policy: PolicyName, data: Record<string, unknown>): never {
  // GUESS: the shape of `data` (which policy refused, and its setting); the SDK gives only the code.
  throw applicationError(BUSINESS_RULE_STATUS, 'BOOKING_POLICY_VIOLATION', description, { policy, ...data })
}

/**
 * The service's booking policy on a new booking: at most `maxParticipantsPerBooking`; not after the start
 * unless `bookAfterStartPolicy` allows it; not later than `latestBookingInMinutes` before the start.
 */
// GUESS: no flag skips the booking policy on create — not even skipAvailabilityValidation (the SDK has none
// for it, SDK facts C14); a waitlist join is held to it only for the party size.
export function assertBookingPolicy(
  service: DemoService,
  booking: { startMs: number; participants: number; waitlist: boolean },
  nowMs: number,
): void {
  const max = service.maxParticipantsPerBooking
  if (booking.participants > max)
    policyViolation(
      `${service.name}'s booking policy allows at most ${max} participant(s) per booking`,
      'participantsPerBooking',
      { maxParticipantsPerBooking: max, requestedParticipants: booking.participants },
    )
  if (booking.waitlist) return
  if (nowMs >= booking.startMs) {
    if (!service.bookAfterStart)
      policyViolation(
        `${service.name}'s booking policy does not allow booking after the session starts`,
        'bookAfterStart',
        { bookAfterStartEnabled: false },
      )
    return
  }
  const latest = service.latestBookingMinutes
  if (latest !== null && booking.startMs - nowMs < latest * 60_000)
    policyViolation(
      `${service.name}'s booking policy stops bookings ${latest} minutes before the start`,
      'limitLateBooking',
      { latestBookingInMinutes: latest },
    )
}

/**
 * A new booking's status: CONFIRMED for a service that requires the business's confirmation is PENDING
 * unless `skipBusinessConfirmation` (SDK-B: "Automatically confirms PENDING bookings that require manual
 * confirmation"); anything else is kept.
 */
// GUESS: Create applies the business's confirmation to a CONFIRMED request (Wix documents the flag for the
// eCommerce checkout); CREATED and PENDING are kept as sent.
export function statusAfterBusinessConfirmation<S extends string>(
  service: DemoService,
  status: S,
  skipBusinessConfirmation: boolean,
): S | 'PENDING' {
  if (status === 'CONFIRMED' && service.requireManualApproval && !skipBusinessConfirmation) return 'PENDING'
  return status
}
