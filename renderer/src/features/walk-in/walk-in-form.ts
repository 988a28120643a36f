import type { DeskPaymentOption, WalkInTerms } from '@shared/domain/walk-in-terms'
import { walkInInputSchema } from '@shared/ipc/bookings'
import { isFull, type SessionSummary } from '../../queries/roster-view'
import type { WalkInRequest } from '../../sync/actions'

/** What the walk-in form holds, as typed (trimmed and checked only on submit). */
export interface WalkInValues {
  eventId: string
  firstName: string
  lastName: string
  email: string
  phone: string
  partySize: string
  /** The payment option picked; '' until the desk picks (the service's usual one is used). */
  paymentOption: DeskPaymentOption | ''
  /** For a service with variants: people per variant, by `VariantChoice.key`, as typed. */
  variantCounts: Record<string, string>
  checkIn: boolean
  overCapacity: boolean
}

export type WalkInField = keyof WalkInValues
export type WalkInErrors = Partial<Record<WalkInField, string>>

export const EMPTY_WALK_IN: WalkInValues = {
  eventId: '',
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  partySize: '1',
  paymentOption: '',
  variantCounts: {},
  checkIn: true,
  overCapacity: false,
}

/** The order errors are met in on screen: the first gets the focus after a refused submit. */
export const FIELD_ORDER: readonly WalkInField[] = [
  'eventId',
  'firstName',
  'lastName',
  'email',
  'phone',
  'partySize',
  'variantCounts',
  'paymentOption',
  'overCapacity',
]

// The same rules main applies before anything goes to Wix (shared/ipc/bookings.ts), in the desk's words.
const contactSchema = walkInInputSchema.shape.contact
const partySizeSchema = walkInInputSchema.shape.totalParticipants

const CONTACT_MESSAGES = {
  firstName: 'Enter a first name (up to 100 characters).',
  lastName: 'Use at most 100 characters.',
  email: 'Enter an e-mail like name@example.com, or leave it empty.',
  phone: 'Enter a phone number: 5 to 20 digits, spaces, +, ( ) or -. Or leave it empty.',
} as const

const optional = (text: string) => text.trim() || undefined

/** The payment option to send: the one picked if the service offers it, else its usual one; null: none. */
export function paymentOptionOf(
  values: WalkInValues,
  terms: WalkInTerms | undefined,
): DeskPaymentOption | null {
  const offered = terms?.paymentOptions ?? []
  if (values.paymentOption && offered.includes(values.paymentOption)) return values.paymentOption
  return offered[0] ?? null
}

/** People per variant as typed: the first variant holds one person until the desk says otherwise. */
export function variantCountOf(values: WalkInValues, terms: WalkInTerms, key: string): string {
  return values.variantCounts[key] ?? (terms.variants[0]?.key === key ? '1' : '0')
}

/** The party per variant, when every count is a whole number 0–50 and they add up to 1–50; null otherwise. */
function variantParty(values: WalkInValues, terms: WalkInTerms): { key: string; count: number }[] | null {
  const counts = terms.variants.map((variant) => {
    const text = variantCountOf(values, terms, variant.key).trim()
    return { key: variant.key, count: text === '' ? 0 : Number(text) }
  })
  if (counts.some(({ count }) => !Number.isInteger(count) || count < 0 || count > 50)) return null
  const total = counts.reduce((sum, { count }) => sum + count, 0)
  return total >= 1 && total <= 50 ? counts : null
}

/** The party size as a number, when it is one the form accepts (1–50); null otherwise. */
export function partySizeOf(values: WalkInValues, terms?: WalkInTerms): number | null {
  if (terms?.variants.length) {
    const party = variantParty(values, terms)
    return party ? party.reduce((sum, { count }) => sum + count, 0) : null
  }
  const parsed = partySizeSchema.safeParse(values.partySize.trim() === '' ? NaN : Number(values.partySize))
  return parsed.success ? parsed.data : null
}

/** The chosen session is full for this party (a party size not valid yet counts as one). */
export function fullFor(
  session: SessionSummary | undefined,
  values: WalkInValues,
  terms?: WalkInTerms,
): boolean {
  return session !== undefined && isFull(session, partySizeOf(values, terms) ?? 1)
}

export interface WalkInCheck {
  errors: WalkInErrors
  /** What to record, when there is no error. */
  request: WalkInRequest | null
}

/**
 * Checks the form: a session, a first name, an e-mail and a phone that Wix will take if given, a party of
 * 1–50 (by variant when the service has variants), and — when the session is full — the desk's explicit
 * "Book over capacity". The request carries what the service's terms ask for (walk-in-terms.ts): its
 * payment option, the variants' counts, and whether the service needs the business's approval. Without
 * terms (services not read yet) it sends the party size and no payment option, which Wix allows.
 */
export function checkWalkIn(
  values: WalkInValues,
  session: SessionSummary | undefined,
  terms?: WalkInTerms,
): WalkInCheck {
  const errors: WalkInErrors = {}
  if (!session) errors.eventId = 'Choose one of today’s sessions.'
  const contact = contactSchema.safeParse({
    firstName: values.firstName.trim(),
    lastName: optional(values.lastName),
    email: optional(values.email),
    phone: optional(values.phone),
  })
  if (!contact.success)
    for (const issue of contact.error.issues) {
      const field = issue.path[0]
      if (field === 'firstName' || field === 'lastName' || field === 'email' || field === 'phone')
        errors[field] = CONTACT_MESSAGES[field]
    }
  const withVariants = terms !== undefined && terms.variants.length > 0
  const totalParticipants = partySizeOf(values, terms)
  if (totalParticipants === null) {
    if (withVariants) errors.variantCounts = 'Enter how many people for each ticket: 1 to 50 in all.'
    else errors.partySize = 'Enter a party size from 1 to 50.'
  }
  const full = fullFor(session, values, terms)
  if (full && !values.overCapacity)
    errors.overCapacity = 'This session is full: tick “Book over capacity” to book anyway.'
  if (!session || !contact.success || totalParticipants === null || Object.keys(errors).length)
    return { errors, request: null }
  const paymentOption = paymentOptionOf(values, terms)
  const choices = withVariants
    ? terms.variants.flatMap((variant) => {
        const count = Number(variantCountOf(values, terms, variant.key).trim() || '0')
        if (count < 1) return []
        return [
          {
            optionId: variant.optionId,
            custom: variant.custom,
            numberOfParticipants: count,
          },
        ]
      })
    : null
  return {
    errors,
    request: {
      eventId: session.id,
      contact: contact.data,
      totalParticipants,
      checkIn: values.checkIn,
      ...(full ? { overrideCapacity: true } : {}),
      ...(paymentOption ? { selectedPaymentOption: paymentOption } : {}),
      ...(choices ? { participantsChoices: choices } : {}),
      ...(terms?.requiresApproval ? { serviceRequiresApproval: true } : {}),
    },
  }
}
