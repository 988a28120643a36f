import type { AttendeeMatch } from './search'
import { checksInToday } from './tiers'

/**
 * What Enter on a search result does. The fast desk flow: a person booked into one of today's sessions and
 * not yet checked in is checked in at once; one already in gets a notice; anything else (another day, a
 * request, the waitlist, a canceled booking) opens the session's roster, where the desk can decide. The
 * results come ranked so that the first (highlighted) one is the booking due (see tiers.ts).
 */
export type EnterAction = 'checkIn' | 'alreadyIn' | 'open' | 'noSession'

export function enterActionFor(match: AttendeeMatch): EnterAction {
  if (match.eventId === null) return 'noSession'
  if (!checksInToday(match.isToday, match.status)) return 'open'
  return match.attendance === 'ATTENDED' ? 'alreadyIn' : 'checkIn'
}
