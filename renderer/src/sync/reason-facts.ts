import type { ActionName, ReasonFacts } from '@shared/domain/conflict-reasons'
import { personName, walkInContactFields } from '../db/booking-rows'
import type { BookingRow, OutboxRow } from '../db/rows'
import type { RollcallDb } from '../db/schema'
import { bookingPolicyWords } from '@shared/domain/walk-in-terms'
import { cancellationRuleOf } from '../queries/cancellation-policy'
import { readWalkInTerms } from './walk-in-terms-store'
import { keptPerKey } from '@shared/domain/kept-per-key'

const timeFormat = keptPerKey(
  (timeZone: string) => new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone }),
)

/** "10:42 AM" in the business's time zone. */
export function deskTime(instant: string, timeZone: string): string {
  return timeFormat(timeZone).format(new Date(instant))
}

export function actionNameOf(entry: OutboxRow): ActionName {
  switch (entry.intent) {
    case 'setAttendance':
      return 'check-in'
    case 'confirm':
      return entry.args.fromWaitlist ? 'move from the waitlist' : 'confirm'
    case 'createWalkIn':
      return 'walk-in'
    default:
      return entry.intent
  }
}

/** What a reason sentence needs, from the local store (the server's copy as last read). */
export async function reasonFacts(
  db: RollcallDb,
  entry: OutboxRow,
  row: BookingRow | undefined,
  timeZone: string,
): Promise<ReasonFacts> {
  const eventId = row?.eventId ?? (entry.intent === 'createWalkIn' ? entry.args.eventId : null)
  const event = eventId ? await db.events.get(eventId) : undefined
  const terms =
    entry.intent === 'createWalkIn' ? (await readWalkInTerms(db)).get(entry.args.serviceId) : undefined
  const policy =
    entry.intent === 'cancel'
      ? // The rule's words only: whether a cancel falls inside the window is not asked here.
        ((await cancellationRuleOf(db, row, 0))?.words ?? null)
      : terms
        ? bookingPolicyWords(terms)
        : null
  const person =
    entry.intent === 'createWalkIn'
      ? personName(walkInContactFields(entry.args.contact))
      : row
        ? personName(row.contact)
        : 'This customer'
  return {
    person,
    action: actionNameOf(entry),
    session: event?.server.title ?? row?.server?.booking.bookedEntity.title ?? null,
    serverStatus: row?.serverStatus ?? null,
    changedAt: row?.server ? deskTime(row.updatedDate, timeZone) : null,
    overCapacity: entry.intent === 'createWalkIn' && entry.args.overrideCapacity,
    policy,
    visit:
      entry.intent === 'cancel' && entry.args.visit
        ? await visitWords(db, entry.args.visit.bookingIds)
        : null,
  }
}

/** "Sports Massage then Facial": a visit's parts by what they book, in the store's order. */
async function visitWords(db: RollcallDb, bookingIds: readonly string[]): Promise<string | null> {
  const parts = (await db.bookings.bulkGet([...bookingIds])).filter((row) => row !== undefined)
  parts.sort((a, b) => a.startUtc.localeCompare(b.startUtc))
  const titles = parts.map((row) => row.server?.booking.bookedEntity.title).filter(Boolean)
  return titles.length ? titles.join(' then ') : null
}
