import { verdictFor } from '@shared/domain/booking-intents'
import { rejectionReason, statusConflictReason } from '@shared/domain/conflict-reasons'
import { STALE_REVISION_CODE } from '@shared/ipc/envelope'
import type { Booking } from '@shared/wix/booking'
import type { BookingRow, OutboxRow } from '../db/rows'
import { alreadySoDetail } from './action-words'
import { classifyFailure, isWixRefusal } from './failure-kinds'
import { GatewayError, gatewayErrorOf, unwrap } from './gateway'
import type { StatusIntent } from './intents'
import { keyOrPermission } from './key-or-permission'
import { claimForSending, finishEntries } from './outbox-transitions'
import { reasonFacts } from './reason-facts'
import {
  attention,
  isoNow,
  settleCommonFailure,
  type ReplayContext,
  type SendOutcome,
} from './replay-context'
import { storeServerBookings } from './server-copies'

type StatusEntry = OutboxRow & StatusIntent

/** Re-reads one booking from Wix into the store; null when Wix no longer has it. */
async function refreshBooking(ctx: ReplayContext, bookingId: string): Promise<BookingRow | null> {
  const page = await unwrap(ctx.gateway.bookings.query({ select: { by: 'ids', ids: [bookingId] } }))
  const found = page.items.find((item) => item.booking.id === bookingId)
  if (!found) return null
  await storeServerBookings(ctx.db, [{ extended: found, withAttendance: true }], ctx.timeZone)
  return (await ctx.db.bookings.get(bookingId)) ?? null
}

function send(ctx: ReplayContext, entry: StatusEntry, revision: string): Promise<Booking> {
  const { bookings } = ctx.gateway
  const message = entry.args.message ? { message: entry.args.message } : {}
  switch (entry.intent) {
    case 'confirm':
      return unwrap(
        bookings.confirm({
          bookingId: entry.bookingId,
          revision,
          ...message,
          checkAvailability: entry.args.fromWaitlist && !entry.args.overrideCapacity,
        }),
      )
    case 'decline':
      return unwrap(bookings.decline({ bookingId: entry.bookingId, revision, ...message }))
    case 'cancel':
      return unwrap(bookings.cancel({ bookingId: entry.bookingId, revision, ...message }))
  }
}

/** The booking is gone for good: Wix takes no change to a canceled or declined booking, so Retry cannot work. */
const FINAL_STATES = new Set(['BOOKING_CANCELED', 'BOOKING_DECLINED'])

async function conflict(ctx: ReplayContext, entry: StatusEntry, reason: string, code: string) {
  const choices =
    code === 'NO_OPEN_SPOTS'
      ? (['retryWithOverride', 'discard', 'openBooking'] as const)
      : FINAL_STATES.has(code)
        ? (['discard', 'openBooking'] as const)
        : (['retry', 'discard', 'openBooking'] as const)
  await finishEntries(ctx.db, [entry], {
    state: 'conflict',
    attention: attention(ctx, reason, code, [...choices]),
    at: isoNow(ctx),
  })
  return 'conflict' as const
}

/**
 * The intent against the server's copy: already true → done (the activity log says so); no longer valid →
 * conflict; still to be sent → undefined.
 */
async function decide(
  ctx: ReplayContext,
  entry: StatusEntry,
  row: BookingRow,
): Promise<SendOutcome | undefined> {
  const serverStatus = row.serverStatus ?? row.status
  const verdict = verdictFor(entry.intent, serverStatus)
  if (verdict.kind === 'already') {
    await finishEntries(ctx.db, [entry], {
      state: 'done',
      detail: alreadySoDetail(serverStatus),
      at: isoNow(ctx),
    })
    return 'done'
  }
  if (verdict.kind === 'refuse') {
    const facts = await reasonFacts(ctx.db, entry, row, ctx.timeZone)
    return await conflict(ctx, entry, statusConflictReason(facts), `BOOKING_${serverStatus}`)
  }
  return undefined
}

/** Wix no longer has the booking. */
async function gone(ctx: ReplayContext, entry: StatusEntry, row: BookingRow | undefined) {
  const facts = await reasonFacts(ctx.db, entry, row, ctx.timeZone)
  return await conflict(ctx, entry, rejectionReason(facts, 'not_found', ''), 'BOOKING_NOT_FOUND')
}

/** Most re-reads after a 409 before trying later instead (someone keeps changing the booking). */
const MAX_STALE_ROUNDS = 3

/**
 * Confirm, decline or cancel (renderer/src/sync/README.md, "Status changes"): decided against the server's
 * current copy — already true → done; no longer valid → conflict with the reason; else sent on the current
 * revision. An uncertain earlier try re-reads the booking first, and so does every refusal (a stale revision
 * or a business error, whatever HTTP status Wix gives it): a refusal whose fresh copy shows the intent
 * already true ends done.
 */
export async function sendStatusIntent(ctx: ReplayContext, queued: StatusEntry): Promise<SendOutcome> {
  const [entry] = await claimForSending(ctx.db, [queued])
  if (!entry) return 'skipped'
  let mustRefresh = entry.uncertain
  try {
    for (let round = 0; round < MAX_STALE_ROUNDS; round++) {
      let row = await ctx.db.bookings.get(entry.bookingId)
      if (mustRefresh || !row?.server) {
        const fresh = await refreshBooking(ctx, entry.bookingId)
        if (!fresh) return await gone(ctx, entry, row)
        row = fresh
      }
      mustRefresh = false
      const decided = await decide(ctx, entry, row)
      if (decided) return decided
      try {
        const booking = await send(ctx, entry, row.revision)
        const extended = { ...row.server, booking }
        await storeServerBookings(ctx.db, [{ extended, withAttendance: false }], ctx.timeZone)
        await finishEntries(ctx.db, [entry], { state: 'done', at: isoNow(ctx) })
        return 'done'
      } catch (error) {
        // A permission this write lacks (the key still reads) is a refusal of this change alone.
        const failure = await keyOrPermission(ctx, gatewayErrorOf(error), entry.bookingId)
        if (!isWixRefusal(failure)) throw new GatewayError(failure)
        // Whatever Wix refused, the booking's current copy decides (a failed re-read: decided next time).
        const fresh = await refreshBooking(ctx, entry.bookingId)
        if (!fresh) return await gone(ctx, entry, row)
        const settled = await decide(ctx, entry, fresh)
        if (settled) return settled
        // Still worth sending: again on the fresh revision after a stale one (a plain 409 on an unmoved
        // revision may be a reader lagging behind the writer: try again); else Wix refused it for itself.
        const kind = classifyFailure(failure).kind
        const staleRevision = fresh.revision !== row.revision || failure.code === STALE_REVISION_CODE
        if (kind === 'stale' && staleRevision) continue
        if (kind === 'broken') throw error
        const facts = await reasonFacts(ctx.db, entry, fresh, ctx.timeZone)
        return await conflict(ctx, entry, rejectionReason(facts, failure.code, failure.message), failure.code)
      }
    }
    throw new GatewayError({
      kind: 'unavailable',
      code: 'STILL_STALE',
      message: 'The booking kept changing on Wix while Rollcall was sending; trying again shortly.',
      retryable: true,
      // Every try reached Wix (each was refused as stale): the next one looks first.
      mayHaveReachedServer: true,
    })
  } catch (error) {
    return (await settleCommonFailure(ctx, [entry], gatewayErrorOf(error))) ?? 'retry'
  }
}
