import { rejectionReason } from '@shared/domain/conflict-reasons'
import type { Booking } from '@shared/wix/booking'
import { serverBookingRow } from '../db/booking-rows'
import type { OutboxRow } from '../db/rows'
import { classifyFailure } from './failure-kinds'
import { GatewayError, gatewayErrorOf, unwrap } from './gateway'
import type { OutboxIntent } from './intents'
import { keyOrPermission } from './key-or-permission'
import { claimForSending, finishEntries, transitionTables } from './outbox-transitions'
import { reasonFacts } from './reason-facts'
import { rebaseBookings } from './rebase'
import {
  attention,
  isoNow,
  settleCommonFailure,
  type ReplayContext,
  type SendOutcome,
} from './replay-context'

/** The attention code of a walk-in's check-in held with its refused create (shown as part of it). */
export const WAITS_FOR_WALK_IN = 'WAITS_FOR_WALK_IN'

type WalkInEntry = OutboxRow & Extract<OutboxIntent, { intent: 'createWalkIn' }>

/** The walk-in Wix already has under this entry's `rollcall:<uuid>`, if a lost answer hid it from us. */
async function findCreated(ctx: ReplayContext, entry: WalkInEntry): Promise<Booking | null> {
  const page = await unwrap(
    ctx.gateway.bookings.query({
      select: { by: 'externalUserId', externalUserId: entry.args.externalUserId },
    }),
  )
  return page.items.find((item) => item.booking.externalUserId === entry.args.externalUserId)?.booking ?? null
}

/**
 * The local walk-in becomes the real booking in one transaction: its row is replaced, and the entries
 * queued behind the create (its check-in) now name the real id.
 */
async function adopt(ctx: ReplayContext, entry: WalkInEntry, booking: Booking): Promise<void> {
  const { db } = ctx
  const localId = entry.args.localId
  await db.transaction('rw', transitionTables(db), async () => {
    await db.bookings.put(serverBookingRow({ booking }, ctx.timeZone))
    await db.outbox
      .where('bookingId')
      .equals(localId)
      .modify((queued) => {
        queued.bookingId = booking.id
        if ('bookingId' in queued.args && queued.args.bookingId === localId)
          queued.args.bookingId = booking.id
      })
    await db.attendance.where('bookingId').equals(localId).delete()
    await db.bookings.delete(localId)
    await finishEntries(db, [{ ...entry, bookingId: booking.id }], { state: 'done', at: isoNow(ctx) })
    await rebaseBookings(db, [booking.id])
  })
}

/**
 * Creates are not idempotent on Wix, so they are made so here (renderer/src/sync/README.md, "Idempotency"):
 * every walk-in carries `externalUserId = rollcall:<uuid>`, and after any try whose outcome is unknown, Wix
 * is asked for that id before the create is sent again — a walk-in is never booked twice.
 */
export async function sendWalkIn(ctx: ReplayContext, queued: WalkInEntry): Promise<SendOutcome> {
  const [entry] = await claimForSending(ctx.db, [queued])
  if (!entry) return 'skipped'
  try {
    const existing = entry.uncertain ? await findCreated(ctx, entry) : null
    if (existing) {
      await adopt(ctx, entry, existing)
      return 'done'
    }
    const { localId: _localId, ...walkIn } = entry.args
    try {
      await adopt(ctx, entry, await unwrap(ctx.gateway.bookings.createWalkIn(walkIn)))
      return 'done'
    } catch (error) {
      // A permission the create lacks (the key still reads) is this walk-in's problem, not the queue's.
      const failure = await keyOrPermission(ctx, gatewayErrorOf(error), entry.bookingId)
      const kind = classifyFailure(failure).kind
      // A refusal is the desk's to decide; an invalid request (e.g. choices the service no longer has) can
      // never succeed as sent. Either way the create is settled here, and its check-in with it: left queued,
      // it would wait forever for a booking that will not exist.
      if (kind !== 'rejected' && kind !== 'broken') throw new GatewayError(failure)
      const facts = await reasonFacts(ctx.db, entry, undefined, ctx.timeZone)
      const full = ['NO_OPEN_SPOTS', 'SESSION_CAPACITY_EXCEEDED', 'SCHEDULE_CAPACITY_EXCEEDED'].includes(
        failure.code,
      )
      const reason = rejectionReason(facts, failure.code, failure.message)
      await finishEntries(ctx.db, [entry], {
        state: kind === 'rejected' ? 'conflict' : 'failed',
        attention: attention(
          ctx,
          reason,
          failure.code,
          full ? ['retryWithOverride', 'discard'] : ['retry', 'discard'],
        ),
        at: isoNow(ctx),
      })
      // Its check-in shares its fate: shown with it, retried or discarded with it.
      const dependents = (await ctx.db.outbox.where('bookingId').equals(entry.bookingId).toArray()).filter(
        (e) => e.state === 'queued' && e.intent !== 'createWalkIn',
      )
      await finishEntries(ctx.db, dependents, {
        state: 'conflict',
        attention: attention(ctx, `Not sent: ${reason}`, WAITS_FOR_WALK_IN, []),
        at: isoNow(ctx),
      })
      return kind === 'rejected' ? 'conflict' : 'failed'
    }
  } catch (error) {
    // Any failure but a clear refusal may have created the booking: look before the next try.
    return (
      (await settleCommonFailure(ctx, [entry], gatewayErrorOf(error), { uncertainOnAnyTransient: true })) ??
      'retry'
    )
  }
}
