import type { AttendeeMatch } from '../../queries/search'

/**
 * What Enter on a search result does. The fast desk flow: a person booked into one of today's sessions and
 * not yet checked in is checked in at once; one already in gets a notice; anything else (another day, a
 * request, the waitlist, a canceled booking) opens the session's roster, where the desk can decide.
 */
export type EnterAction = 'checkIn' | 'alreadyIn' | 'open' | 'noSession'

export function enterActionFor(match: AttendeeMatch): EnterAction {
  if (match.eventId === null) return 'noSession'
  if (!match.isToday || match.status !== 'CONFIRMED') return 'open'
  return match.attendance === 'ATTENDED' ? 'alreadyIn' : 'checkIn'
}
