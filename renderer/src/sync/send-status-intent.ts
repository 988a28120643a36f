import { verdictFor } from '@shared/domain/booking-intents'
import { rejectionReason, statusConflictReason } from '@shared/domain/conflict-reasons'
import type { Booking } from '@shared/wix/booking'
import type { BookingRow, OutboxRow } from '../db/rows'
import { classifyFailure } from './failure-kinds'
import { GatewayError, gatewayErrorOf, unwrap } from './gateway'
import type { StatusIntent } from './intents'
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

/** Most re-reads after a 409 before trying later instead (someone keeps changing the booking). */
const MAX_STALE_ROUNDS = 3

/**
 * Confirm, decline or cancel (design.md §4.5): decided against the server's current copy — already true →
 * done; no longer valid → conflict with the reason; else sent on the current revision. A stale revision
 * (409) or an uncertain earlier try re-reads the booking first.
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
        if (!fresh) {
          const facts = await reasonFacts(ctx.db, entry, row, ctx.timeZone)
          return await conflict(ctx, entry, rejectionReason(facts, 'not_found', ''), 'BOOKING_NOT_FOUND')
        }
        row = fresh
      }
      const serverStatus = row.serverStatus ?? row.status
      const verdict = verdictFor(entry.intent, serverStatus)
      if (verdict.kind === 'already') {
        await finishEntries(ctx.db, [entry], { state: 'done', detail: 'Already so on Wix', at: isoNow(ctx) })
        return 'done'
      }
      if (verdict.kind === 'refuse') {
        const facts = await reasonFacts(ctx.db, entry, row, ctx.timeZone)
        return await conflict(ctx, entry, statusConflictReason(facts), `BOOKING_${serverStatus}`)
      }
      try {
        const booking = await send(ctx, entry, row.revision)
        const extended = { ...row.server, booking }
        await storeServerBookings(ctx.db, [{ extended, withAttendance: false }], ctx.timeZone)
        await finishEntries(ctx.db, [entry], { state: 'done', at: isoNow(ctx) })
        return 'done'
      } catch (error) {
        const failure = gatewayErrorOf(error)
        const kind = classifyFailure(failure).kind
        if (kind === 'stale') {
          mustRefresh = true
          continue
        }
        if (kind !== 'rejected') throw error
        // Say why from the server's truth when the booking itself moved on; else from Wix's code.
        const fresh = await refreshBooking(ctx, entry.bookingId).catch(() => row)
        const facts = await reasonFacts(ctx.db, entry, fresh ?? row, ctx.timeZone)
        const moved = fresh?.serverStatus && verdictFor(entry.intent, fresh.serverStatus).kind === 'refuse'
        return moved
          ? await conflict(ctx, entry, statusConflictReason(facts), `BOOKING_${fresh.serverStatus}`)
          : await conflict(ctx, entry, rejectionReason(facts, failure.code, failure.message), failure.code)
      }
    }
    throw new GatewayError({
      kind: 'unavailable',
      code: 'STILL_STALE',
      message: 'The booking kept changing on Wix while Rollcall was sending; trying again shortly.',
      retryable: true,
    })
  } catch (error) {
    return (await settleCommonFailure(ctx, [entry], gatewayErrorOf(error))) ?? 'retry'
  }
}
