import {
  BOOKING_MOVED,
  refusalClassOf,
  rejectionReason,
  statusConflictReason,
} from '@shared/domain/conflict-reasons'
import { STALE_REVISION_CODE } from '@shared/ipc/envelope'
import type { AttentionChoice, BookingRow, OutboxRow } from '../db/rows'
import { classifyFailure, isWixRefusal } from './failure-kinds'
import { GatewayError, gatewayErrorOf, unwrap } from './gateway'
import type { OutboxIntent } from './intents'
import { keyOrPermission } from './key-or-permission'
import { sessionWords } from './move-reasons'
import { claimForSending, finishEntries } from './outbox-transitions'
import { reasonFacts } from './reason-facts'
import { refreshBookings, serverEventIdOf } from './refresh'
import {
  attention,
  isoNow,
  settleCommonFailure,
  type ReplayContext,
  type SendOutcome,
} from './replay-context'
import { storeServerBookings } from './server-copies'

type RescheduleEntry = OutboxRow & Extract<OutboxIntent, { intent: 'reschedule' }>

/**
 * No Retry: Wix takes no change to a canceled or declined booking, and a booking moved elsewhere is moved
 * again from its new session.
 */
const FINAL_CODES = new Set(['BOOKING_CANCELED', 'BOOKING_DECLINED', BOOKING_MOVED])
const MAX_STALE_ROUNDS = 3

async function conflict(ctx: ReplayContext, entry: RescheduleEntry, reason: string, code: string) {
  const choices: AttentionChoice[] =
    FINAL_CODES.has(code) || refusalClassOf(code) === 'final'
      ? ['discard', 'openBooking']
      : ['retry', 'discard', 'openBooking']
  await finishEntries(ctx.db, [entry], {
    state: 'conflict',
    attention: attention(ctx, reason, code, choices),
    at: isoNow(ctx),
  })
  return 'conflict' as const
}

async function reread(ctx: ReplayContext, bookingId: string): Promise<BookingRow | null> {
  return (await refreshBookings(ctx, [bookingId])).get(bookingId) ?? null
}

/**
 * The move against the server's copy (the store's row shows the move already; the server's copy says where
 * the booking is): on the target already → done; canceled or declined → conflict; moved elsewhere meanwhile
 * (the customer, another desk) → conflict in words; no longer a booked place → conflict; else undefined:
 * send it on the current revision.
 */
async function decide(
  ctx: ReplayContext,
  entry: RescheduleEntry,
  row: BookingRow,
): Promise<SendOutcome | undefined> {
  const serverStatus = row.serverStatus ?? row.status
  const at = serverEventIdOf(row)
  if (serverStatus === 'CANCELED' || serverStatus === 'DECLINED') {
    const facts = await reasonFacts(ctx.db, entry, row, ctx.timeZone)
    return conflict(ctx, entry, statusConflictReason(facts), `BOOKING_${serverStatus}`)
  }
  if (at === entry.args.toEventId) {
    await finishEntries(ctx.db, [entry], {
      state: 'done',
      detail: 'Already on that session on Wix',
      at: isoNow(ctx),
    })
    return 'done'
  }
  if (at !== entry.args.fromEventId) {
    const facts = await movingFacts(ctx, entry, row)
    const movedTo = await sessionWords(
      ctx.db,
      at,
      { title: row.server?.booking.bookedEntity.title, startUtc: row.server?.booking.startDate },
      ctx.timeZone,
    )
    return conflict(ctx, entry, rejectionReason({ ...facts, movedTo }, BOOKING_MOVED, ''), BOOKING_MOVED)
  }
  if (serverStatus !== 'CONFIRMED') {
    const facts = await reasonFacts(ctx.db, entry, row, ctx.timeZone)
    return conflict(ctx, entry, statusConflictReason(facts), `BOOKING_${serverStatus}`)
  }
  return undefined
}

/** The facts of a reason about this move: the session it was moving from (the server's) and to. */
async function movingFacts(ctx: ReplayContext, entry: RescheduleEntry, row: BookingRow) {
  const facts = await reasonFacts(ctx.db, entry, row, ctx.timeZone)
  const session = await sessionWords(
    ctx.db,
    serverEventIdOf(row),
    { title: row.server?.booking.bookedEntity.title, startUtc: row.server?.booking.startDate },
    ctx.timeZone,
  )
  const toSession = await sessionWords(ctx.db, entry.args.toEventId, {}, ctx.timeZone)
  return { ...facts, session, toSession }
}

async function refusal(
  ctx: ReplayContext,
  entry: RescheduleEntry,
  row: BookingRow,
  code: string,
  message: string,
) {
  const facts = await movingFacts(ctx, entry, row)
  return conflict(ctx, entry, rejectionReason(facts, code, message), code)
}

/**
 * A reschedule at the desk (issue 19 case 3; renderer/src/sync/README.md, "Reschedules"): the booking is
 * always re-read first (the store shows the move already), decided against the server's copy, then sent
 * through Bookings Writer V2 Reschedule on the fresh revision. A refusal re-reads and decides again; a
 * stale revision is tried again on the fresh one (3 rounds a run); a full session is a conflict in words.
 */
export async function sendReschedule(ctx: ReplayContext, queued: RescheduleEntry): Promise<SendOutcome> {
  const [entry] = await claimForSending(ctx.db, [queued])
  if (!entry) return 'skipped'
  const gone = async (row: BookingRow | undefined) => {
    const facts = await reasonFacts(ctx.db, entry, row, ctx.timeZone)
    return conflict(ctx, entry, rejectionReason(facts, 'not_found', ''), 'BOOKING_NOT_FOUND')
  }
  try {
    for (let round = 0; round < MAX_STALE_ROUNDS; round++) {
      const row = await reread(ctx, entry.bookingId)
      if (!row) return await gone(await ctx.db.bookings.get(entry.bookingId))
      const decided = await decide(ctx, entry, row)
      if (decided) return decided
      const { bookingId, toEventId, serviceId, scheduleId, message } = entry.args
      try {
        const booking = await unwrap(
          ctx.gateway.bookings.reschedule({
            bookingId,
            revision: row.revision,
            toEventId,
            serviceId,
            scheduleId,
            ...(message ? { message } : {}),
          }),
        )
        // The answer has no attendance: the next pull reads it.
        const extended = { ...row.server, booking }
        await storeServerBookings(ctx.db, [{ extended, withAttendance: false }], ctx.timeZone)
        await finishEntries(ctx.db, [entry], { state: 'done', at: isoNow(ctx) })
        return 'done'
      } catch (error) {
        const failure = await keyOrPermission(ctx, gatewayErrorOf(error), entry.bookingId)
        if (!isWixRefusal(failure)) throw new GatewayError(failure)
        const fresh = await reread(ctx, entry.bookingId)
        if (!fresh) return await gone(row)
        const settled = await decide(ctx, entry, fresh)
        if (settled) return settled
        const kind = classifyFailure(failure).kind
        const staleRevision = fresh.revision !== row.revision || failure.code === STALE_REVISION_CODE
        if (kind === 'stale' && staleRevision) continue
        if (kind === 'broken') throw error
        return await refusal(ctx, entry, fresh, failure.code, failure.message)
      }
    }
    throw new GatewayError({
      kind: 'unavailable',
      code: 'STILL_STALE',
      message: 'The booking kept changing on Wix while Rollcall was sending; trying again shortly.',
      retryable: true,
      mayHaveReachedServer: true,
    })
  } catch (error) {
    return (await settleCommonFailure(ctx, [entry], gatewayErrorOf(error))) ?? 'retry'
  }
}
