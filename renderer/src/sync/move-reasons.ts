import type { RollcallDb } from '../db/schema'
import { sessionTitle } from '../queries/session-facts'
import { sessionWhen } from './action-words'

/**
 * What the reasons need when a booking and its session parted (issue 19 cases 3 and 7): sessions in the
 * desk's words, and the sentence for a check-in on a recurring session Wix replaced. The other sentences
 * (moved elsewhere, filled up, a visit's part) are `@shared/domain/conflict-reasons.ts`'s.
 */

/** "Vinyasa Flow · Thu 6:00 PM", or what the desk knows of it when the session is not in the store. */
export async function sessionWords(
  db: RollcallDb,
  eventId: string | null,
  fallback: { title?: string | null; startUtc?: string | null },
  timeZone: string,
): Promise<string> {
  const event = eventId ? await db.events.get(eventId) : undefined
  const title = event ? sessionTitle(event) : (fallback.title ?? 'the session')
  const startUtc = event?.startUtc ?? fallback.startUtc
  return startUtc ? `${title} · ${sessionWhen(startUtc, timeZone)}` : title
}

/** "6:00 PM Vinyasa Flow" (no weekday): how the desk names a session that was replaced. */
export function sessionAt(title: string, startUtc: string, timeZone: string): string {
  const when = sessionWhen(startUtc, timeZone)
  return `${when.slice(when.indexOf(' ') + 1)} ${title}`
}

/**
 * A check-in queued on a recurring session Wix replaced (the business edited the series: new session ids,
 * same time, §8 C15).
 */
export const sessionReplacedReason = (person: string, session: string) =>
  `The ${session} was changed in Wix and has a new session; ${person}'s check-in was not sent — check in again on the new session.`

/** The code of a check-in's conflict on a session Wix replaced (BOOKING_MOVED: conflict-reasons.ts). */
export const SESSION_REPLACED = 'SESSION_REPLACED'
