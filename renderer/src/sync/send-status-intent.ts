import { verdictFor } from '@shared/domain/booking-intents'
import { MISSING_PERMISSION, rejectionReason, statusConflictReason } from '@shared/domain/conflict-reasons'
import { STALE_REVISION_CODE, type IpcError } from '@shared/ipc/envelope'
import type { Booking } from '@shared/wix/booking'
import type { BookingRow, OutboxRow } from '../db/rows'
import { personName } from '../db/booking-rows'
import { alreadySoDetail, checkoutNotFinishedWords } from './action-words'
import { classifyFailure, isWixRefusal } from './failure-kinds'
import { GatewayError, gatewayErrorOf, unwrap } from './gateway'
import type { StatusIntent, VisitScope } from './intents'
import { keyOrPermission } from './key-or-permission'
import { rememberKeyLacks } from './key-permissions'
import { claimForSending, finishEntries, transitionTables } from './outbox-transitions'
import { reasonFacts } from './reason-facts'
import {
  attention,
  isoNow,
  settleCommonFailure,
  type ReplayContext,
  type SendOutcome,
} from './replay-context'
import { refreshBookings } from './refresh'
import { storeServerBookings } from './server-copies'

/** A confirm of a booking whose customer has not finished the site's checkout (CREATED): never sent. */
export const CHECKOUT_NOT_FINISHED = 'CHECKOUT_NOT_FINISHED'

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
      return unwrap(bookings.cancel({ bookingId: entry.bookingId, revision, ...message, ...anywayOf(entry) }))
  }
}

/** A cancel over the business's cancellation policy (the desk's "Cancel anyway") says so; else nothing. */
const anywayOf = (entry: StatusEntry) =>
  entry.intent === 'cancel' && entry.args.anyway ? { anyway: true } : {}

/** The booking is gone for good: Wix takes no change to a canceled or declined booking, so Retry cannot work. */
const FINAL_STATES = new Set(['BOOKING_CANCELED', 'BOOKING_DECLINED'])

/** A cancel the business's cancellation policy refused, not yet sent over it: "Cancel anyway" may follow. */
const refusedByPolicy = (entry: StatusEntry, code: string) =>
  entry.intent === 'cancel' && !entry.args.anyway && code === 'BOOKING_POLICY_VIOLATION'

async function conflict(ctx: ReplayContext, entry: StatusEntry, reason: string, code: string) {
  const choices =
    code === 'NO_OPEN_SPOTS'
      ? (['retryWithOverride', 'discard', 'openBooking'] as const)
      : refusedByPolicy(entry, code)
        ? (['cancelAnyway', 'discard', 'openBooking'] as const)
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
  // Wix confirms a CREATED booking only through a custom checkout (issue 19 case 1): the desk never sends it.
  if (entry.intent === 'confirm' && serverStatus === 'CREATED')
    return await conflict(
      ctx,
      entry,
      `${checkoutNotFinishedWords(personName(row.contact))} Your confirm was not sent.`,
      CHECKOUT_NOT_FINISHED,
    )
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

/**
 * Wix refused the change for itself: a conflict in words. A cancel anyway refused for want of a permission
 * (the key still reads, key-or-permission.ts) teaches the desk that this key lacks
 * BOOKINGS.IGNORE_BOOKING_POLICY: remembered for the key (key-permissions.ts), so "Cancel anyway" is no
 * longer offered.
 */
async function refused(
  ctx: ReplayContext,
  entry: StatusEntry,
  row: BookingRow | undefined,
  failure: IpcError,
): Promise<SendOutcome> {
  const overPolicy = entry.intent === 'cancel' && entry.args.anyway === true
  const facts = { ...(await reasonFacts(ctx.db, entry, row, ctx.timeZone)), overPolicy }
  const reason = rejectionReason(facts, failure.code, failure.message)
  const { keyId } = ctx
  if (!(overPolicy && failure.code === MISSING_PERMISSION && keyId))
    return await conflict(ctx, entry, reason, failure.code)
  // What the key lacks is committed with the conflict that taught it (one transaction, strict).
  return await ctx.db.transaction('rw', [...transitionTables(ctx.db), ctx.db.syncState], async () => {
    await rememberKeyLacks(ctx.db, keyId, 'ignoreBookingPolicy')
    return await conflict(ctx, entry, reason, failure.code)
  })
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
  if (queued.args.visit) return sendVisitIntent(ctx, queued, queued.args.visit)
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
        return await refused(ctx, entry, fresh, failure)
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

function sendVisit(ctx: ReplayContext, entry: StatusEntry, visit: VisitScope, parts: BookingRow[]) {
  const { bookings } = ctx.gateway
  const input = {
    visitId: visit.visitId,
    parts: parts.map((part) => ({ bookingId: part.id, revision: part.revision })),
    ...(entry.args.message ? { message: entry.args.message } : {}),
  }
  switch (entry.intent) {
    case 'confirm':
      return unwrap(bookings.confirmVisit(input))
    case 'decline':
      return unwrap(bookings.declineVisit(input))
    case 'cancel':
      return unwrap(bookings.cancelVisit({ ...input, ...anywayOf(entry) }))
  }
}

/**
 * The visit against every part's server copy: any part gone → conflict; any part refusing the intent (or a
 * confirm of an unfinished checkout) → conflict naming that part; every part already so → done; else
 * undefined (send, with every part's revision).
 */
async function decideVisit(
  ctx: ReplayContext,
  entry: StatusEntry,
  visit: VisitScope,
  parts: ReadonlyMap<string, BookingRow>,
): Promise<SendOutcome | undefined> {
  const missing = visit.bookingIds.find((id) => !parts.has(id))
  if (missing !== undefined) return await gone(ctx, entry, await ctx.db.bookings.get(missing))
  let allAlready = true
  for (const id of visit.bookingIds) {
    const part = parts.get(id)
    if (!part) continue
    const serverStatus = part.serverStatus ?? part.status
    if (entry.intent === 'confirm' && serverStatus === 'CREATED')
      return await conflict(
        ctx,
        entry,
        `${checkoutNotFinishedWords(personName(part.contact))} Your confirm of the visit was not sent.`,
        CHECKOUT_NOT_FINISHED,
      )
    const verdict = verdictFor(entry.intent, serverStatus)
    if (verdict.kind === 'refuse') {
      const facts = await reasonFacts(ctx.db, entry, part, ctx.timeZone)
      return await conflict(ctx, entry, statusConflictReason(facts), `BOOKING_${serverStatus}`)
    }
    if (verdict.kind !== 'already') allAlready = false
  }
  if (!allAlready) return undefined
  const head = parts.get(entry.bookingId) ?? [...parts.values()][0]
  await finishEntries(ctx.db, [entry], {
    state: 'done',
    detail: alreadySoDetail(head?.serverStatus ?? 'CONFIRMED'),
    at: isoNow(ctx),
  })
  return 'done'
}

/**
 * A confirm, decline or cancel of a whole multi-service visit (issue 19 case 4; visit-scope.ts decides
 * when): every part is re-read, decided part by part, and the visit is sent through the multi-service
 * endpoint with every part's fresh revision — never a single part's cancel, which Wix refuses
 * (NOT_ALLOWED_TO_UPDATE_BOOKING_IN_MULTI_SERVICE_BOOKING). Refusals re-read and decide again, like one
 * booking's.
 */
async function sendVisitIntent(
  ctx: ReplayContext,
  queued: StatusEntry,
  visit: VisitScope,
): Promise<SendOutcome> {
  const [entry] = await claimForSending(ctx.db, [queued])
  if (!entry) return 'skipped'
  try {
    for (let round = 0; round < MAX_STALE_ROUNDS; round++) {
      const parts = await refreshBookings(ctx, visit.bookingIds)
      const decided = await decideVisit(ctx, entry, visit, parts)
      if (decided) return decided
      const rows = visit.bookingIds.flatMap((id) => parts.get(id) ?? [])
      try {
        const answer = await sendVisit(ctx, entry, visit, rows)
        const byId = new Map(rows.map((row) => [row.id, row]))
        await storeServerBookings(
          ctx.db,
          answer.bookings.map((booking) => ({
            extended: { ...byId.get(booking.id)?.server, booking },
            withAttendance: false,
          })),
          ctx.timeZone,
        )
        await finishEntries(ctx.db, [entry], { state: 'done', at: isoNow(ctx) })
        return 'done'
      } catch (error) {
        const failure = await keyOrPermission(ctx, gatewayErrorOf(error), entry.bookingId)
        if (!isWixRefusal(failure)) throw new GatewayError(failure)
        const fresh = await refreshBookings(ctx, visit.bookingIds)
        const settled = await decideVisit(ctx, entry, visit, fresh)
        if (settled) return settled
        const kind = classifyFailure(failure).kind
        const moved = rows.some((row) => fresh.get(row.id)?.revision !== row.revision)
        if (kind === 'stale' && (moved || failure.code === STALE_REVISION_CODE)) continue
        if (kind === 'broken') throw error
        return await refused(ctx, entry, fresh.get(entry.bookingId), failure)
      }
    }
    throw new GatewayError({
      kind: 'unavailable',
      code: 'STILL_STALE',
      message: 'The visit kept changing on Wix while Rollcall was sending; trying again shortly.',
      retryable: true,
      mayHaveReachedServer: true,
    })
  } catch (error) {
    return (await settleCommonFailure(ctx, [entry], gatewayErrorOf(error))) ?? 'retry'
  }
}
