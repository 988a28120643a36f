import type { BookingRow } from '../../db/rows'
import type { RollcallDb } from '../../db/schema'
import { sessionFacts } from '../../queries/session-facts'
import { isMoveTarget } from '../../sync/actions'
import { sessionWhen } from '../../sync/action-words'

/** One session a booking may move to, as the Reschedule dialog lists it. */
export interface RescheduleChoice {
  eventId: string
  /** "Thu 6:00 PM" */
  when: string
  /** "6:00 – 7:00 PM" */
  timeLabel: string
  title: string
  staff: string | null
  /** Places left as Wix last said (null: not said). */
  room: number | null
}

/**
 * The sessions of the booking's own service in the store (the synced days) it may move to: not started yet,
 * open, with room for its party (isMoveTarget, the action's own rule), in time order. Read from the store
 * only: it works offline.
 */
export async function rescheduleChoices(
  db: RollcallDb,
  booking: BookingRow,
  timeZone: string,
  now: number,
): Promise<RescheduleChoice[]> {
  const serviceId = booking.server?.booking.bookedEntity.slot?.serviceId
  if (!serviceId) return []
  const from = new Date(now).toISOString()
  const events = await db.events
    .orderBy('startUtc')
    .filter((e) => e.startUtc > from)
    .toArray()
  return events
    .filter((event) => isMoveTarget(booking, event))
    .map((event) => {
      const facts = sessionFacts(event, timeZone)
      return {
        eventId: event.id,
        when: sessionWhen(event.startUtc, timeZone),
        timeLabel: facts.timeLabel,
        title: facts.title,
        staff: facts.staff,
        room: event.server.remainingCapacity ?? null,
      }
    })
}

/** "Thu 6:00 PM · Vinyasa Flow · 4 places left": a choice's accessible name and visible line alike. */
export function choiceWords(choice: RescheduleChoice): string {
  const room =
    choice.room === null ? '' : ` · ${String(choice.room)} ${choice.room === 1 ? 'place' : 'places'} left`
  return `${choice.when} · ${choice.title}${choice.staff ? ` with ${choice.staff}` : ''}${room}`
}
