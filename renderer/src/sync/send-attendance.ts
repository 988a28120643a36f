import { withAttendeesToSend } from '@shared/domain/attendance-counts'
import {
  BOOKING_MOVED,
  MISSING_PERMISSION,
  movedElsewhereReason,
  rejectionReason,
} from '@shared/domain/conflict-reasons'
import type { AttendanceChange } from '@shared/ipc/attendance'
import { personName } from '../db/booking-rows'
import type { BookingRow, OutboxRow } from '../db/rows'
import { sessionWhen } from './action-words'
import { coalesce } from './coalesce'
import { classifyFailure } from './failure-kinds'
import { gatewayErrorOf, unwrap } from './gateway'
import type { OutboxIntent } from './intents'
import { keyOrPermission } from './key-or-permission'
import { claimForSending, finishEntries, transitionTables } from './outbox-transitions'
import { SESSION_REPLACED, sessionAt, sessionReplacedReason } from './move-reasons'
import { reasonFacts } from './reason-facts'
import { refreshBookings, serverEventIdOf } from './refresh'
import {
  attention,
  isoNow,
  settleCommonFailure,
  type ReplayContext,
  type SendOutcome,
} from './replay-context'

export type AttendanceEntry = OutboxRow & Extract<OutboxIntent, { intent: 'setAttendance' }>

/** The newest change for one (booking, session), with the older ones it replaced: they share its fate. */
export interface AttendanceItem {
  latest: AttendanceEntry
  superseded: AttendanceEntry[]
}

/** What goes to Wix: the count agrees with the status even for an entry recorded before that rule. */
function changeOf({ latest }: AttendanceItem): AttendanceChange {
  const { bookingId, eventId, status, numberOfAttendees } = latest.args
  return withAttendeesToSend({ bookingId, eventId, status, numberOfAttendees })
}

export function entriesOf(items: readonly AttendanceItem[]): AttendanceEntry[] {
  return items.flatMap((item) => [item.latest, ...item.superseded])
}

/** The items Wix took: stored as the server's state, their entries done, in one transaction. */
async function commitTaken(ctx: ReplayContext, items: readonly AttendanceItem[]): Promise<void> {
  if (!items.length) return
  const { db } = ctx
  await db.transaction('rw', transitionTables(db), async () => {
    // One item per (booking, session): the batch was collapsed to the latest change of each.
    const previous = await db.attendance.bulkGet(
      items.map(({ latest }): [string, string] => [latest.args.bookingId, latest.args.eventId]),
    )
    await db.attendance.bulkPut(
      items.map((item, index) => {
        const { bookingId, eventId, status, numberOfAttendees } = changeOf(item)
        return {
          bookingId,
          eventId,
          status,
          numberOfAttendees,
          pending: previous[index]?.pending ?? false,
          serverStatus: status,
          serverNumberOfAttendees: numberOfAttendees,
        }
      }),
    )
    // Marks the entries done and rebases their bookings (in this same transaction).
    await finishEntries(db, entriesOf(items), { state: 'done', at: isoNow(ctx) })
  })
}

/** One coalescing committer per replay run: calls that end while a commit runs share the next one. */
const committers = new WeakMap<ReplayContext, (items: readonly AttendanceItem[]) => Promise<void>>()

function succeeded(ctx: ReplayContext, items: readonly AttendanceItem[]): Promise<void> {
  if (!items.length) return Promise.resolve()
  let commit = committers.get(ctx)
  if (!commit) {
    commit = coalesce<AttendanceItem>((all) => commitTaken(ctx, all))
    committers.set(ctx, commit)
  }
  return commit(items)
}

async function refused(ctx: ReplayContext, item: AttendanceItem, code: string, message: string) {
  const row = await ctx.db.bookings.get(item.latest.bookingId)
  const facts = await reasonFacts(ctx.db, item.latest, row, ctx.timeZone)
  await finishEntries(ctx.db, entriesOf([item]), {
    state: 'conflict',
    attention: attention(ctx, rejectionReason(facts, code, message), code, [
      'retry',
      'discard',
      'openBooking',
    ]),
    at: isoNow(ctx),
  })
}

/**
 * How long a check-in may have waited (offline, in backoff) before its booking is looked at again on Wix
 * before it is sent: the customer may have moved meanwhile, and a check-in on the session they left would
 * be recorded against the wrong session. A check-in sent at once (the line up) is not looked at; one sent
 * when the line comes back or on "Sync now" always is (ReplayContext `lookBeforeCheckIn`), however short
 * the cut.
 */
export const LOOK_AGAIN_AFTER_MS = 15_000

interface Parted {
  reason: string
  code: string
}

/**
 * The items whose booking may have left the session their check-in names: the store's server copy is on
 * another session, or the check-in waited (or goes as the line comes back).
 */
async function suspectsOf(ctx: ReplayContext, items: readonly AttendanceItem[]) {
  const rows = await ctx.db.bookings.bulkGet(items.map((item) => item.latest.bookingId))
  const events = await ctx.db.events.bulkGet(items.map((item) => item.latest.args.eventId))
  const suspects = items.flatMap((item, index) => {
    const row = rows[index]
    const at = row ? serverEventIdOf(row) : null
    // A course booking's sessions are its schedule's; a walk-in not on Wix yet has no copy to look at.
    if (!row?.server || !at) return []
    const { latest } = item
    const waited =
      ctx.lookBeforeCheckIn === true ||
      ctx.now() - Date.parse(latest.createdAt) > LOOK_AGAIN_AFTER_MS ||
      latest.attempts > 0 ||
      latest.uncertain
    return at !== latest.args.eventId || waited ? [{ item, index }] : []
  })
  return { rows, events, suspects }
}

/** Bookings a replay round read from Wix before its calls (`lookAtCheckIns`): what Wix has now, by id. */
export interface LookedAt {
  ids: ReadonlySet<string>
  rows: ReadonlyMap<string, BookingRow>
}

/**
 * The suspects of a whole replay round looked at on Wix at once, before its calls: a read of up to a hundred
 * bookings per request, instead of one read before each call of eight check-ins (back online after an
 * outage, a queue of 200 check-ins made 25 reads and 25 writes; now 2 and 25). Throws as the read does; the
 * round then leaves each call to look for itself, as before.
 */
export async function lookAtCheckIns(
  ctx: ReplayContext,
  items: readonly AttendanceItem[],
): Promise<LookedAt> {
  const { suspects } = await suspectsOf(ctx, items)
  const ids = new Set(suspects.map(({ item }) => item.latest.bookingId))
  if (!ids.size) return { ids, rows: new Map() }
  return { ids, rows: await refreshBookings(ctx, [...ids]) }
}

/**
 * The items whose booking is no longer on the session their check-in names (issue 19 cases 3 and 7), each
 * with the reason in words. Suspect: the store's server copy is on another session, or the check-in waited
 * (or goes as the line comes back); those bookings are re-read from Wix (and stored: the roster follows), and
 * an item is parted when Wix has its booking on another session — moved by the customer or another desk, or
 * a recurring session replaced by a new id at the same time (the business edited the series).
 */
async function partedFromSession(
  ctx: ReplayContext,
  items: readonly AttendanceItem[],
  looked?: LookedAt,
): Promise<Map<AttendanceItem, Parted>> {
  const parted = new Map<AttendanceItem, Parted>()
  const { rows, events, suspects } = await suspectsOf(ctx, items)
  if (!suspects.length) return parted
  const unlooked = suspects.filter(({ item }) => !looked?.ids.has(item.latest.bookingId))
  const fresh = new Map(looked?.rows ?? [])
  if (unlooked.length)
    for (const [id, row] of await refreshBookings(
      ctx,
      unlooked.map(({ item }) => item.latest.bookingId),
    ))
      fresh.set(id, row)
  for (const { item, index } of suspects) {
    const row = fresh.get(item.latest.bookingId)
    const now = row ? serverEventIdOf(row) : null
    // Not found, or still there: the send decides (Wix refuses a check-in of a booking it no longer has).
    if (!row?.server || !now || now === item.latest.args.eventId) continue
    const person = personName(row.contact)
    const left = events[index]
    const before = rows[index]?.server?.booking
    const leftStart = left?.startUtc ?? before?.startDate ?? null
    const title = left?.server.title ?? before?.bookedEntity.title ?? 'session'
    if (leftStart && leftStart === row.server.booking.startDate)
      parted.set(item, {
        reason: sessionReplacedReason(person, sessionAt(title, leftStart, ctx.timeZone)),
        code: SESSION_REPLACED,
      })
    else
      parted.set(item, {
        reason: movedElsewhereReason({
          person,
          action: 'check-in',
          movedTo: sessionWhen(row.server.booking.startDate, ctx.timeZone),
        }),
        code: BOOKING_MOVED,
      })
  }
  return parted
}

async function release(ctx: ReplayContext, entries: readonly AttendanceEntry[]): Promise<void> {
  await ctx.db.outbox.bulkUpdate(
    entries.map((e) => ({ key: e.seq ?? 0, changes: { state: 'queued' as const } })),
  )
}

/**
 * One Bulk Set Attendance call for up to MAX_BULK_ATTENDANCE (booking, session) states, answering one outcome per item in
 * order. Each item's outcome is its own: one refused item does not fail the others; a call refused as a
 * whole is split into single items so that the poisoned one is found.
 */
export async function sendAttendanceBatch(
  ctx: ReplayContext,
  queued: AttendanceItem[],
  /** Entries a replay round already marked `sending` (all its batches at once); else claimed here. */
  claimedByRound?: ReadonlySet<string>,
  /** Bookings the round already read from Wix (`lookAtCheckIns`): not read again here. */
  lookedByRound?: LookedAt,
): Promise<SendOutcome[]> {
  const claimed =
    claimedByRound ?? new Set((await claimForSending(ctx.db, entriesOf(queued))).map((e) => e.mutationId))
  // An item whose latest change was undone meanwhile is left out (the undo's rebase already shows it).
  let items = queued.filter((item) => claimed.has(item.latest.mutationId))
  await release(
    ctx,
    entriesOf(queued.filter((item) => !items.includes(item))).filter((e) => claimed.has(e.mutationId)),
  )
  const results = new Map<AttendanceItem, SendOutcome>(queued.map((item) => [item, 'skipped']))
  const answer = () => queued.map((item) => results.get(item) ?? 'skipped')
  if (!items.length) return answer()
  let parted: Map<AttendanceItem, Parted>
  try {
    parted = await partedFromSession(ctx, items, lookedByRound)
  } catch (error) {
    const common = await settleCommonFailure(
      ctx,
      entriesOf(items).filter((e) => claimed.has(e.mutationId)),
      gatewayErrorOf(error),
    )
    // A refusal of the read itself: the entries go back to the queue as they were, for the next run.
    if (!common) await release(ctx, entriesOf(items))
    for (const item of items) results.set(item, common ?? 'retry')
    return answer()
  }
  for (const [item, { reason, code }] of parted) {
    // Never sent to the session the booking left, never dropped: a person decides (discard, or check in
    // again on the new session).
    await finishEntries(ctx.db, entriesOf([item]), {
      state: 'conflict',
      attention: attention(ctx, reason, code, ['discard', 'openBooking']),
      at: isoNow(ctx),
    })
    results.set(item, 'conflict')
  }
  items = items.filter((item) => !parted.has(item))
  if (!items.length) return answer()
  const all = entriesOf(items).filter((e) => claimed.has(e.mutationId))
  try {
    const { outcomes } = await unwrap(ctx.gateway.attendance.bulkSet({ changes: items.map(changeOf) }))
    const taken: AttendanceItem[] = []
    for (const [index, item] of items.entries()) {
      const outcome = outcomes.find((o) => o.index === index)
      if (outcome?.ok) {
        taken.push(item)
        results.set(item, 'done')
      } else {
        await refused(
          ctx,
          item,
          outcome?.code ?? 'MISSING_RESULT',
          outcome?.message ?? 'Wix did not report on it',
        )
        results.set(item, 'conflict')
      }
    }
    // One commit for the whole call: every commit wakes the live screens, and a replay makes many calls.
    await succeeded(ctx, taken)
    return answer()
  } catch (error) {
    // A permission the key lacks for attendance (it still reads) fails these items alike, not the queue.
    const failure = await keyOrPermission(ctx, gatewayErrorOf(error), items[0]?.latest.bookingId ?? '')
    const kind = classifyFailure(failure).kind
    const splits =
      kind === 'broken' || (kind === 'rejected' && failure.code !== MISSING_PERMISSION) || kind === 'stale'
    if (items.length > 1 && splits) {
      await release(ctx, all)
      for (const item of items) results.set(item, (await sendAttendanceBatch(ctx, [item]))[0] ?? 'skipped')
      return answer()
    }
    const common = await settleCommonFailure(ctx, all, failure)
    for (const item of items) {
      if (!common) await refused(ctx, item, failure.code, failure.message)
      results.set(item, common ?? 'conflict')
    }
    return answer()
  }
}
