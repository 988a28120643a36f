import type { WixBookingStatus } from '../wix/booking-enums'
import { permissionScopes } from '../wix/permissions'

/**
 * The sentences "Needs attention" shows: what happened, in the desk's words, from the server's truth. No
 * error codes unless nothing better is known.
 */
export type ActionName =
  'confirm' | 'decline' | 'cancel' | 'move from the waitlist' | 'check-in' | 'walk-in' | 'reschedule'

export interface ReasonFacts {
  /** "Dana Lee" */
  person: string
  action: ActionName
  /** The session's title, when known. */
  session?: string | null
  /** The server's status now, when it was re-read. */
  serverStatus?: WixBookingStatus | null
  /** When the server's copy last changed, already formatted for the desk ("10:42"). */
  changedAt?: string | null
  /** A walk-in booked over capacity (it needs more than Manage Bookings). */
  overCapacity?: boolean
  /** The service's booking policy in words (`bookingPolicyWords`), when known. */
  policy?: string | null
  /** A reschedule: the session the desk was moving the person to ("6:00 PM Vinyasa Flow"). */
  toSession?: string | null
  /** The session the booking is on at Wix now, when it moved elsewhere meanwhile ("Thu 7:30 PM Yin Yoga"). */
  movedTo?: string | null
  /** A part of a multi-service booking: the visit in the desk's words ("Massage then Facial"). */
  visit?: string | null
  /** A cancel sent over the business's cancellation policy (the desk's "Cancel anyway"). */
  overPolicy?: boolean
}

/**
 * What the desk can do about each code Wix refuses a change with — one place for every code's class:
 * - `conflict`: the booking or its session moved on (full, someone else changed it): a person decides; Retry
 *   may pass later (a place opens).
 * - `stale`: only the revision moved: re-read and send again on the fresh one, nobody needs to decide.
 * - `done`: what the desk asked for is already true on Wix.
 * - `final`: can never pass as sent (Wix takes it only another way, or not from the desk): discard, or do it
 *   in Wix.
 * A code not listed is a `conflict` (Wix's own words are shown).
 */
export type RefusalClass = 'conflict' | 'stale' | 'done' | 'final'

const refusalClasses: Readonly<Record<string, RefusalClass>> = {
  NO_OPEN_SPOTS: 'conflict',
  SESSION_CAPACITY_EXCEEDED: 'conflict',
  SCHEDULE_CAPACITY_EXCEEDED: 'conflict',
  SLOT_NOT_AVAILABLE: 'conflict',
  BOOKING_MOVED: 'conflict',
  REVISION_MISMATCH: 'stale',
  BOOKING_REVISION_MISMATCH: 'stale',
  // Multi-service bookings (SDK-B *MultiServiceBookingApplicationErrors): the whole visit is already there.
  ALL_BOOKINGS_ARE_ALREADY_CONFIRMED: 'done',
  ALL_BOOKINGS_ARE_ALREADY_DECLINED: 'done',
  ALL_BOOKINGS_ARE_ALREADY_CANCELED: 'done',
  BOOKING_POLICY_VIOLATION: 'final',
  NOT_ALLOWED_TO_UPDATE_BOOKING_IN_MULTI_SERVICE_BOOKING: 'final',
  MULTI_SERVICE_BOOKING_INCLUDES_MULTIPLE_STAFF_MEMBERS: 'final',
  NOT_ALL_BOOKINGS_WERE_SENT: 'stale',
  BOOKING_NOT_FOUND: 'final',
  MULTI_SERVICE_BOOKING_NOT_FOUND: 'final',
  not_found: 'final',
  SESSION_NOT_FOUND: 'final',
  EVENT_NOT_FOUND: 'final',
  INVALID_SERVICE_CHOICES: 'final',
  BOOKING_CANCELED: 'final',
  BOOKING_DECLINED: 'final',
}

export function refusalClassOf(code: string): RefusalClass {
  return refusalClasses[code] ?? 'conflict'
}

/**
 * The code of a write Wix refused for want of a permission while the same key still reads (a 403, or a 401
 * that only this call gets): that one change's problem, not the key's.
 */
export const MISSING_PERMISSION = 'MISSING_PERMISSION'

const { manageBookings, overrideAvailability, ignoreBookingPolicy } = permissionScopes

/** What lets a key cancel over the business's cancellation policy, in words. */
const overPolicyPermission = `the ${ignoreBookingPolicy.name} permission (with ${manageBookings.name})`

/**
 * Why the desk no longer offers "Cancel anyway" (issue 21): Wix refused one for the permission, so this key
 * cannot cancel over the cancellation policy. Said where the choice would have been.
 */
export function cancelAnywayUnavailableWords(person: string): string {
  return `This API key may not cancel over the cancellation policy, so Rollcall does not offer "Cancel anyway": give it ${overPolicyPermission} in Wix, or cancel ${person}'s booking in Wix's dashboard.`
}

/** What the key may not do, and the permission that lets it. */
function missingPermission(facts: ReasonFacts): { may: string; give: string } {
  const { action, overCapacity } = facts
  switch (action) {
    case 'confirm':
      return { may: 'confirm bookings', give: `the ${manageBookings.name} permission` }
    case 'move from the waitlist':
      return { may: 'move bookings from the waitlist', give: `the ${manageBookings.name} permission` }
    case 'decline':
      return { may: 'decline bookings', give: `the ${manageBookings.name} permission` }
    case 'cancel':
      return facts.overPolicy
        ? { may: 'cancel over the cancellation policy', give: overPolicyPermission }
        : { may: 'cancel bookings', give: `the ${manageBookings.name} permission` }
    case 'check-in':
      return { may: 'record attendance', give: `the ${manageBookings.name} permission` }
    case 'reschedule':
      return { may: 'reschedule bookings', give: `the ${manageBookings.name} permission` }
    case 'walk-in':
      return overCapacity
        ? {
            may: 'book walk-ins over capacity',
            give: `the ${overrideAvailability.name} permission (with ${manageBookings.name})`,
          }
        : {
            may: 'book walk-ins',
            give: `the ${manageBookings.name} permission (and ${overrideAvailability.name}, which walk-ins over capacity or without the business's confirmation need)`,
          }
  }
}

/** Wix refused one change for want of a permission the key lacks; the key itself still works. */
export function permissionReason(facts: ReasonFacts): string {
  const { may, give } = missingPermission(facts)
  if (facts.action === 'cancel' && facts.overPolicy)
    return `This API key may not ${may}: give it ${give} in Wix, then Retry, or cancel ${facts.person}'s booking in Wix's dashboard. (${facts.person}'s cancel anyway was not sent; the booking is as it is on Wix.)`
  return `This API key may not ${may}: give it ${give} in Wix, then Retry. (${facts.person}'s ${yourAction(facts.action)} was not sent.)`
}

const byOther: Partial<Record<WixBookingStatus, string>> = {
  CONFIRMED: 'was confirmed by someone else',
  DECLINED: 'was declined by someone else',
  PENDING: 'was put back to pending by someone else',
  WAITING_LIST: 'was moved to the waitlist by someone else',
  CREATED: 'was reset to an unfinished checkout',
}

function yourAction(action: ActionName): string {
  return action === 'move from the waitlist' ? 'move from the waitlist' : action
}

/** The booking changed on the server so that the desk's action no longer applies. */
export function statusConflictReason({ person, action, serverStatus, changedAt }: ReasonFacts): string {
  const at = changedAt ? ` at ${changedAt}` : ''
  if (serverStatus === 'CANCELED') return `${person} canceled${at} before your ${yourAction(action)} arrived`
  const what = (serverStatus && byOther[serverStatus]) ?? `changed to ${serverStatus ?? 'another status'}`
  return `${person}'s booking ${what}${at} before your ${yourAction(action)} arrived`
}

/** The code of a change that found the booking on another session than the desk's (see `movedElsewhereReason`). */
export const BOOKING_MOVED = 'BOOKING_MOVED'

/**
 * The booking was moved to another session (by the customer or another desk) before the desk's change reached
 * Wix; nothing was sent. `movedTo` says where it is now.
 */
export function movedElsewhereReason({ person, action, movedTo }: ReasonFacts): string {
  const where = movedTo ?? 'another session'
  if (action === 'check-in')
    return `${person} moved to ${where} before the check-in reached Wix. The check-in was not sent; check ${person} in on the new session if they are here.`
  return `${person} was moved to ${where} by someone else before your ${yourAction(action)} reached Wix. Nothing was changed; discard this, or ${action === 'reschedule' ? 'move them again' : 'do it again'} from their new session.`
}

/** What the desk does to a whole visit instead of to one of its bookings ("Cancel the whole visit"). */
function wholeVisitVerb(action: ActionName): string {
  if (action === 'cancel') return 'Cancel'
  if (action === 'decline') return 'Decline'
  return 'Confirm'
}

/**
 * A cancel inside the service's cancellation window (428 BOOKING_POLICY_VIOLATION): the booking is still as on
 * Wix, and the rule is said when the desk knows it (`policy`: "no cancellation later than 12 hours before the
 * start"). Whether "Cancel anyway" is offered depends on the key (see `cancelAnywayUnavailableWords`).
 */
function cancelPolicyReason({ person, session, policy, visit }: ReasonFacts): string {
  const whose = visit
    ? `${person}'s visit (${visit})`
    : `${person}'s booking${session ? ` for ${session}` : ''}`
  const rule = policy ? ` (${policy})` : ''
  return `The service's cancellation policy${rule} closed cancellations for ${whose}, so Wix did not cancel it: it is still booked, as on Wix.`
}

/** Wix refused the action for a business reason (its application error code). */
export function rejectionReason(facts: ReasonFacts, code: string, message: string): string {
  const { person, action, session } = facts
  const theSession = session ?? 'The session'
  switch (code) {
    case MISSING_PERMISSION:
      return permissionReason(facts)
    case 'NO_OPEN_SPOTS':
    case 'SESSION_CAPACITY_EXCEEDED':
    case 'SCHEDULE_CAPACITY_EXCEEDED':
      if (action === 'reschedule')
        return `${facts.toSession ?? 'The new session'} filled up before ${person}'s move reached Wix, so ${person} is still booked on ${session ?? 'their session'}. Retry if a place opens, or discard.`
      return action === 'walk-in'
        ? `${theSession} was full, so walk-in ${person} was not booked`
        : `${theSession} is full, so ${person} could not be moved from the waitlist`
    case 'SLOT_NOT_AVAILABLE':
      if (action === 'reschedule')
        return `${facts.toSession ?? 'The new session'} can no longer be booked on Wix (full, over or canceled), so ${person} is still booked on ${session ?? 'their session'}. Retry if a place opens, or discard.`
      return `${theSession} can no longer be booked on Wix, so your ${yourAction(action)} for ${person} was not applied`
    case BOOKING_MOVED:
      return movedElsewhereReason(facts)
    case 'NOT_ALLOWED_TO_UPDATE_BOOKING_IN_MULTI_SERVICE_BOOKING': {
      const visit = facts.visit ? ` (${facts.visit})` : ''
      return action === 'reschedule'
        ? `${person}'s booking is part of a visit${visit} that Wix reschedules only as a whole, so it was not moved. Reschedule the visit in Wix, or discard.`
        : `${person}'s booking is part of a visit${visit} that Wix changes only as a whole, so your ${yourAction(action)} was not sent. ${wholeVisitVerb(action)} the whole visit instead, or discard.`
    }
    case 'BOOKING_NOT_FOUND':
    case 'not_found':
      return `${person}'s booking no longer exists on Wix, so your ${yourAction(action)} could not be applied`
    case 'BOOKING_POLICY_VIOLATION':
      if (action === 'walk-in')
        return `${theSession}'s booking policy${facts.policy ? ` (${facts.policy})` : ''} stopped Wix from booking walk-in ${person}. The desk cannot override a booking policy: book them in Wix if the studio allows it, or discard.`
      if (action === 'reschedule')
        return `The service's booking policy no longer allows ${person} to be moved${facts.toSession ? ` to ${facts.toSession}` : ''}${facts.policy ? ` (${facts.policy})` : ''}. The desk cannot override it: move them in Wix if the studio allows it, or discard.`
      return action === 'cancel'
        ? cancelPolicyReason(facts)
        : `The service's booking policy does not allow this ${yourAction(action)} for ${person}`
    case 'INVALID_SERVICE_CHOICES':
      return `Wix did not accept the tickets chosen for ${person}: the service's options have changed since the desk read them. Discard this walk-in and book it again.`
    case 'SESSION_NOT_FOUND':
    case 'EVENT_NOT_FOUND':
      return `The session of ${person}'s booking no longer exists, so your ${yourAction(action)} could not be applied`
    default:
      return `Wix refused your ${yourAction(action)} for ${person}: ${message}`
  }
}
