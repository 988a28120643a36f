import type { WixBookingStatus } from '../wix/booking-enums'
import { permissionScopes } from '../wix/permissions'

/**
 * The sentences "Needs attention" shows: what happened, in the desk's words, from the server's truth. No
 * error codes unless nothing better is known.
 */
export type ActionName = 'confirm' | 'decline' | 'cancel' | 'move from the waitlist' | 'check-in' | 'walk-in'

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
}

/**
 * The code of a write Wix refused for want of a permission while the same key still reads (a 403, or a 401
 * that only this call gets): that one change's problem, not the key's.
 */
export const MISSING_PERMISSION = 'MISSING_PERMISSION'

const { manageBookings, overrideAvailability } = permissionScopes

/** What the key may not do, and the permission that lets it. */
function missingPermission({ action, overCapacity }: ReasonFacts): { may: string; give: string } {
  switch (action) {
    case 'confirm':
      return { may: 'confirm bookings', give: `the ${manageBookings.name} permission` }
    case 'move from the waitlist':
      return { may: 'move bookings from the waitlist', give: `the ${manageBookings.name} permission` }
    case 'decline':
      return { may: 'decline bookings', give: `the ${manageBookings.name} permission` }
    case 'cancel':
      return { may: 'cancel bookings', give: `the ${manageBookings.name} permission` }
    case 'check-in':
      return { may: 'record attendance', give: `the ${manageBookings.name} permission` }
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
      return action === 'walk-in'
        ? `${theSession} was full, so walk-in ${person} was not booked`
        : `${theSession} is full, so ${person} could not be moved from the waitlist`
    case 'BOOKING_NOT_FOUND':
    case 'not_found':
      return `${person}'s booking no longer exists on Wix, so your ${yourAction(action)} could not be applied`
    case 'BOOKING_POLICY_VIOLATION':
      if (action === 'walk-in')
        return `${theSession}'s booking policy${facts.policy ? ` (${facts.policy})` : ''} stopped Wix from booking walk-in ${person}. The desk cannot override a booking policy: book them in Wix if the studio allows it, or discard.`
      return action === 'cancel'
        ? `${person}'s booking can no longer be canceled under the service's cancellation policy`
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
