import type { BusinessDay } from '@shared/domain/business-day'
import type { AttentionChoice, OutboxRow } from '../../db/rows'
import type { RollcallDb } from '../../db/schema'
import { cancelAnywayUnavailableWords } from '@shared/domain/conflict-reasons'
import { personName } from '../../db/booking-rows'
import { keyLacks } from '../../sync/key-permissions'
import { entriesAwaitingDecision, isListedForAttention } from '../../sync/outbox-queries'

/** Where "Open booking" goes: the roster of a session, or why there is none to open. */
export type RosterTarget = { eventId: string } | { missing: string }

/** One change waiting for a person's decision, as "Needs attention" shows it. */
export interface AttentionItem {
  mutationId: string
  /** The booking the change is about: the person's card opens on it. */
  bookingId: string
  /** What was attempted, as the activity log words it ("Confirmed Dana Lee"). */
  summary: string
  /** Why it stopped, in the desk's words ("Dana Lee canceled at 10:42 AM before your confirm arrived"). */
  reason: string
  choices: AttentionChoice[]
  state: 'conflict' | 'failed'
  staff: string
  /** When the desk took the action (ISO). */
  createdAt: string
  /** A walk-in whose check-in is held with it (decided together). */
  holdsCheckIn: boolean
  /** Only when the choices include openBooking. */
  roster: RosterTarget | null
  /** What the desk should know beside the reason (why "Cancel anyway" is not offered); null: nothing. */
  note: string | null
}

const NO_COURSE_SESSION =
  'There is no roster to open: none of this course’s sessions falls in the days kept on this computer.'
const NO_SESSION = 'There is no roster to open: this booking’s session is not on this computer.'

function fallbackSummary(entry: OutboxRow): string {
  switch (entry.intent) {
    case 'setAttendance':
      return 'A check-in'
    case 'createWalkIn':
      return 'A walk-in'
    default:
      return `A ${entry.intent}`
  }
}

/** The session a roster link opens: the intent's own, the booking's, or a course's today/next session. */
async function rosterOf(db: RollcallDb, entry: OutboxRow, today: BusinessDay): Promise<RosterTarget> {
  // A session no longer on this computer (a canceled appointment's leaves the calendar) has no roster to open.
  const stored = async (eventId: string): Promise<RosterTarget> =>
    (await db.events.get(eventId)) ? { eventId } : { missing: NO_SESSION }
  if (entry.intent === 'setAttendance' || entry.intent === 'createWalkIn') return stored(entry.args.eventId)
  const booking = await db.bookings.get(entry.bookingId)
  if (booking?.eventId) return stored(booking.eventId)
  if (!booking?.scheduleId) return { missing: NO_SESSION }
  const sessions = await db.events.where('scheduleId').equals(booking.scheduleId).sortBy('startUtc')
  const session = sessions.find((s) => s.day === today) ?? sessions.find((s) => s.day > today)
  return session ? { eventId: session.id } : { missing: NO_COURSE_SESSION }
}

/**
 * Every outbox entry Wix refused or Rollcall could not send, oldest first, with what the screen says about
 * it. A walk-in's check-in held with its refused create is not listed on its own: the create's decision
 * settles both, so the create mentions it instead.
 */
export async function attentionItems(
  db: RollcallDb,
  today: BusinessDay,
  /** The API key in use (SiteStatus.keyId): "Cancel anyway" is offered only while it is not known to lack it. */
  keyId: string | null = null,
): Promise<AttentionItem[]> {
  const awaiting = await entriesAwaitingDecision(db)
  const entries = awaiting.filter(isListedForAttention)
  if (!entries.length) return []
  const held = new Set(awaiting.filter((e) => !isListedForAttention(e)).map((e) => e.bookingId))
  const activity = await db.activity
    .where('mutationId')
    .anyOf(entries.map((e) => e.mutationId))
    .toArray()
  const summaries = new Map(activity.map((a) => [a.mutationId, a.summary]))
  const mayOverridePolicy = !(await keyLacks(db, keyId)).has('ignoreBookingPolicy')
  return Promise.all(
    entries.map(async (entry): Promise<AttentionItem> => {
      const stored = entry.attention?.choices ?? ['retry', 'discard']
      // A key that was refused a cancel anyway is not offered one again; the card says what to do instead.
      const withheld = stored.includes('cancelAnyway') && !mayOverridePolicy
      const choices = withheld ? stored.filter((c) => c !== 'cancelAnyway') : stored
      const person = (await db.bookings.get(entry.bookingId))?.contact
      return {
        mutationId: entry.mutationId,
        bookingId: entry.bookingId,
        summary: summaries.get(entry.mutationId) ?? fallbackSummary(entry),
        reason: entry.attention?.reason ?? entry.lastError ?? 'Rollcall did not record why.',
        choices,
        state: entry.state === 'failed' ? 'failed' : 'conflict',
        staff: entry.staff,
        createdAt: entry.createdAt,
        holdsCheckIn: entry.intent === 'createWalkIn' && held.has(entry.bookingId),
        roster: choices.includes('openBooking') ? await rosterOf(db, entry, today) : null,
        note: withheld ? cancelAnywayUnavailableWords(person ? personName(person) : 'the customer') : null,
      }
    }),
  )
}

/**
 * The names the controls use ("Retry: {label}"): the summary, made unique when two changes read alike (the
 * same person checked in twice) by adding when each was made, then a number if that is not enough.
 */
export function uniqueLabels(
  items: readonly AttentionItem[],
  when: (iso: string) => string,
): Map<string, string> {
  const count = (labels: string[]) =>
    labels.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map<string, number>())
  const summaries = count(items.map((i) => i.summary))
  const timed = items.map((i) =>
    (summaries.get(i.summary) ?? 0) > 1 ? `${i.summary}, ${when(i.createdAt)}` : i.summary,
  )
  const timedCounts = count(timed)
  const seen = new Map<string, number>()
  const labels = new Map<string, string>()
  items.forEach((item, index) => {
    const label = timed[index] ?? item.summary
    if ((timedCounts.get(label) ?? 0) > 1) {
      const n = (seen.get(label) ?? 0) + 1
      seen.set(label, n)
      labels.set(item.mutationId, `${label} (${n})`)
    } else labels.set(item.mutationId, label)
  })
  return labels
}
