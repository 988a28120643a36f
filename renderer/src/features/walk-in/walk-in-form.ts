import { walkInInputSchema } from '@shared/ipc/bookings'
import { isFull, type SessionSummary } from '../../queries/session-bookings'
import type { WalkInRequest } from '../../sync/actions'

/** What the walk-in form holds, as typed (trimmed and checked only on submit). */
export interface WalkInValues {
  eventId: string
  firstName: string
  lastName: string
  email: string
  phone: string
  partySize: string
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

/** The party size as a number, when it is one the form accepts (1–50); null otherwise. */
export function partySizeOf(values: WalkInValues): number | null {
  const parsed = partySizeSchema.safeParse(values.partySize.trim() === '' ? NaN : Number(values.partySize))
  return parsed.success ? parsed.data : null
}

/** The chosen session is full for this party (a party size not valid yet counts as one). */
export function fullFor(session: SessionSummary | undefined, values: WalkInValues): boolean {
  return session !== undefined && isFull(session, partySizeOf(values) ?? 1)
}

export interface WalkInCheck {
  errors: WalkInErrors
  /** What to record, when there is no error. */
  request: WalkInRequest | null
}

/**
 * Checks the form: a session, a first name, an e-mail and a phone that Wix will take if given, a party size
 * of 1–50, and — when the session is full — the desk's explicit "Book over capacity".
 */
export function checkWalkIn(values: WalkInValues, session: SessionSummary | undefined): WalkInCheck {
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
  const totalParticipants = partySizeOf(values)
  if (totalParticipants === null) errors.partySize = 'Enter a party size from 1 to 50.'
  const full = fullFor(session, values)
  if (full && !values.overCapacity)
    errors.overCapacity = 'This session is full: tick “Book over capacity” to book anyway.'
  if (!session || !contact.success || totalParticipants === null || Object.keys(errors).length)
    return { errors, request: null }
  return {
    errors,
    request: {
      eventId: session.id,
      contact: contact.data,
      totalParticipants,
      checkIn: values.checkIn,
      ...(full ? { overrideCapacity: true } : {}),
    },
  }
}
