import { attendeesToSend, priorAttendance } from '@shared/domain/attendance-counts'
import { CANCELABLE, CONFIRMABLE } from '@shared/domain/booking-intents'
import type { WalkInInput } from '@shared/ipc/bookings'
import type { AttendanceStatus } from '@shared/wix/attendance'
import { personName, walkInContactFields } from '../db/booking-rows'
import type { BookingRow, OutboxRow } from '../db/rows'
import type { RollcallDb } from '../db/schema'
import { sessionFacts } from '../queries/session-facts'
import { undoneSummary, walkInSummary } from './action-words'
import { LOCAL_ID_PREFIX, type CustomerMessage, type OutboxIntent } from './intents'

export type CustomerMessageInput = CustomerMessage
import { transitionTables } from './outbox-transitions'
import { isPending, rebaseBookings } from './rebase'
import { WAITS_FOR_WALK_IN } from './send-walk-in'

export interface ActionContext {
  db: RollcallDb
  /** The name recorded with every action (Settings). */
  staff: () => string
  /** The business's time zone (the site's): the times the activity lines give. */
  timeZone: () => string
  now: () => number
  newId?: () => string
  /**
   * The undo window (ms): changes Wix cannot take back (confirm, decline, cancel, walk-in) wait this long in
   * the queue, where Undo simply drops them. Check-ins go out at once; their undo sends the inverse.
   */
  holdMs?: number
}

/** Intents whose effect on Wix cannot be reversed by another intent (customers are notified, etc.). */
const HELD_INTENTS: ReadonlySet<OutboxIntent['intent']> = new Set([
  'confirm',
  'decline',
  'cancel',
  'createWalkIn',
])

/** The desk asked for something the booking's current state does not allow; nothing was recorded. */
export class ActionRefused extends Error {
  override name = 'ActionRefused'
}

export interface Recorded {
  mutationId: string
  bookingId: string
  /** What takes it back once it has reached Wix (attendance only: the state before). */
  inverse?: OutboxIntent
}

interface Plan {
  intent: OutboxIntent
  bookingId: string
  baseRevision: string | null
  summary: string
  inverse?: OutboxIntent
}

async function bookingOrRefuse(db: RollcallDb, bookingId: string): Promise<BookingRow> {
  const row = await db.bookings.get(bookingId)
  if (!row)
    throw new ActionRefused('This booking is not in the local store (it may be outside the synced days).')
  return row
}

/**
 * Records intents in ONE transaction (design.md §4.1): the outbox entries, the activity lines and the
 * optimistic state (a rebase of the touched bookings) are all written, or none is.
 */
async function record(ctx: ActionContext, plan: () => Promise<Plan[]>): Promise<Recorded[]> {
  const { db } = ctx
  const newId = ctx.newId ?? (() => crypto.randomUUID())
  return db.transaction('rw', transitionTables(db), async () => {
    const at = new Date(ctx.now()).toISOString()
    const staff = ctx.staff()
    const recorded: Recorded[] = []
    const held = ctx.holdMs ? ctx.now() + ctx.holdMs : 0
    for (const { intent, bookingId, baseRevision, summary, inverse } of await plan()) {
      const mutationId = newId()
      const entry: OutboxRow = {
        ...intent,
        mutationId,
        bookingId,
        baseRevision,
        staff,
        state: 'queued',
        attempts: 0,
        lastError: null,
        nextAttemptAt: 0,
        uncertain: false,
        attention: null,
        createdAt: at,
        finishedAt: null,
        ...(held && HELD_INTENTS.has(intent.intent) ? { holdUntil: held } : {}),
      }
      await db.outbox.add(entry)
      await db.activity.add({ at, staff, mutationId, summary, outcome: 'recorded', detail: null })
      recorded.push({ mutationId, bookingId, ...(inverse ? { inverse } : {}) })
    }
    await rebaseBookings(
      db,
      recorded.map((r) => r.bookingId),
    )
    return recorded
  })
}

const ATTENDANCE_VERBS: Record<AttendanceStatus, string> = {
  ATTENDED: 'Checked in',
  NOT_ATTENDED: 'Marked as no-show:',
  NOT_SET: 'Undid check-in for',
}

export interface AttendanceTarget {
  bookingId: string
  eventId: string
}

/** Check in, undo a check-in, mark a no-show — for one person or many at once (one transaction). */
export function setAttendance(
  ctx: ActionContext,
  targets: readonly AttendanceTarget[],
  status: AttendanceStatus,
) {
  return record(ctx, async () => {
    const plans: Plan[] = []
    for (const { bookingId, eventId } of targets) {
      const row = await bookingOrRefuse(ctx.db, bookingId)
      const before = await ctx.db.attendance.get([bookingId, eventId])
      plans.push({
        intent: {
          intent: 'setAttendance',
          args: { bookingId, eventId, status, numberOfAttendees: attendeesToSend(status, row.participants) },
        },
        bookingId,
        baseRevision: row.server ? row.revision : null,
        summary: `${ATTENDANCE_VERBS[status]} ${personName(row.contact)}`,
        inverse: {
          intent: 'setAttendance',
          args: { bookingId, eventId, ...priorAttendance(before, row.participants) },
        },
      })
    }
    return plans
  })
}

function statusAction(
  ctx: ActionContext,
  bookingId: string,
  intent: OutboxIntent,
  allowed: ReadonlySet<string>,
  summary: (name: string) => string,
) {
  return record(ctx, async () => {
    const row = await bookingOrRefuse(ctx.db, bookingId)
    if (!allowed.has(row.status))
      throw new ActionRefused(
        `${personName(row.contact)}'s booking is ${row.status.toLowerCase().replace('_', ' ')}.`,
      )
    return [{ intent, bookingId, baseRevision: row.revision, summary: summary(personName(row.contact)) }]
  })
}

export function confirm(ctx: ActionContext, bookingId: string, message?: CustomerMessage) {
  return statusAction(
    ctx,
    bookingId,
    {
      intent: 'confirm',
      args: { bookingId, fromWaitlist: false, overrideCapacity: false, ...(message ? { message } : {}) },
    },
    CONFIRMABLE,
    (name) => `Confirmed ${name}`,
  )
}

/** Waitlist → booked. Refused by Wix when the session is full, unless the desk explicitly overrides. */
export function promoteFromWaitlist(
  ctx: ActionContext,
  bookingId: string,
  options: { override: boolean; message?: CustomerMessage },
) {
  return statusAction(
    ctx,
    bookingId,
    {
      intent: 'confirm',
      args: {
        bookingId,
        fromWaitlist: true,
        overrideCapacity: options.override,
        ...(options.message ? { message: options.message } : {}),
      },
    },
    new Set(['WAITING_LIST']),
    (name) => `Moved ${name} from the waitlist to booked${options.override ? ' (over capacity)' : ''}`,
  )
}

export function decline(ctx: ActionContext, bookingId: string, message?: CustomerMessage) {
  return statusAction(
    ctx,
    bookingId,
    { intent: 'decline', args: { bookingId, ...(message ? { message } : {}) } },
    CONFIRMABLE,
    (name) => `Declined ${name}`,
  )
}

export function cancel(ctx: ActionContext, bookingId: string, message?: CustomerMessage) {
  return statusAction(
    ctx,
    bookingId,
    { intent: 'cancel', args: { bookingId, ...(message ? { message } : {}) } },
    CANCELABLE,
    (name) => `Canceled ${name}'s booking`,
  )
}

export interface WalkInRequest {
  eventId: string
  contact: WalkInInput['contact']
  totalParticipants: number
  /** Check the person in in the same step (the usual walk-in). */
  checkIn: boolean
  overrideCapacity?: boolean
  /** What the service's terms ask a create to carry (renderer/src/features/walk-in/walk-in-form.ts). */
  selectedPaymentOption?: WalkInInput['selectedPaymentOption']
  participantsChoices?: WalkInInput['participantsChoices']
  serviceRequiresApproval?: boolean
}

/**
 * A walk-in: a booking created here first (shown at once) and on Wix when the line allows, with its
 * check-in queued behind the create. Carries `rollcall:<uuid>` so it can never be booked twice.
 */
export function addWalkIn(ctx: ActionContext, request: WalkInRequest) {
  return record(ctx, async () => {
    const event = await ctx.db.events.get(request.eventId)
    if (!event) throw new ActionRefused('This session is not in the local store.')
    const serviceId = event.server.externalScheduleId
    if (!serviceId) throw new ActionRefused('This session has no bookable service.')
    const uuid = (ctx.newId ?? (() => crypto.randomUUID()))()
    const localId = `${LOCAL_ID_PREFIX}${uuid}`
    const name = personName(walkInContactFields(request.contact))
    const plans: Plan[] = [
      {
        intent: {
          intent: 'createWalkIn',
          args: {
            localId,
            eventId: event.id,
            serviceId,
            scheduleId: event.scheduleId,
            contact: request.contact,
            totalParticipants: request.totalParticipants,
            externalUserId: `rollcall:${uuid}`,
            ...(request.overrideCapacity ? { overrideCapacity: true } : {}),
            ...(request.selectedPaymentOption
              ? { selectedPaymentOption: request.selectedPaymentOption }
              : {}),
            ...(request.participantsChoices ? { participantsChoices: request.participantsChoices } : {}),
            ...(request.serviceRequiresApproval ? { serviceRequiresApproval: true } : {}),
          },
        },
        bookingId: localId,
        baseRevision: null,
        summary: walkInSummary(name, sessionFacts(event, ctx.timeZone())),
      },
    ]
    if (request.checkIn)
      plans.push({
        intent: {
          intent: 'setAttendance',
          args: {
            bookingId: localId,
            eventId: event.id,
            status: 'ATTENDED',
            numberOfAttendees: attendeesToSend('ATTENDED', request.totalParticipants),
          },
        },
        bookingId: localId,
        baseRevision: null,
        summary: `Checked in ${name}`,
      })
    return plans
  })
}

async function entryOrRefuse(db: RollcallDb, mutationId: string): Promise<OutboxRow> {
  const entry = await db.outbox.where('mutationId').equals(mutationId).first()
  if (!entry) throw new ActionRefused('This change is no longer in the queue.')
  return entry
}

/** "Needs attention" → Retry (optionally over capacity): the entry goes back to the queue as it was. */
export async function retryEntry(
  ctx: ActionContext,
  mutationId: string,
  options: { override?: boolean } = {},
) {
  const { db } = ctx
  await db.transaction('rw', transitionTables(db), async () => {
    let entry = await entryOrRefuse(db, mutationId)
    if (entry.attention?.code === WAITS_FOR_WALK_IN) {
      // A walk-in's held check-in is retried by retrying the walk-in itself.
      const create = await db.outbox
        .where('bookingId')
        .equals(entry.bookingId)
        .filter((e) => e.intent === 'createWalkIn')
        .first()
      if (create) entry = create
    }
    if (entry.state !== 'conflict' && entry.state !== 'failed')
      throw new ActionRefused('This change is not waiting for a decision.')
    const args =
      options.override && (entry.intent === 'confirm' || entry.intent === 'createWalkIn')
        ? { ...entry.args, overrideCapacity: true }
        : entry.args
    await db.outbox.update(entry.seq ?? 0, {
      args,
      state: 'queued',
      attempts: 0,
      nextAttemptAt: 0,
      attention: null,
      lastError: null,
    })
    await db.activity
      .where('mutationId')
      .equals(entry.mutationId)
      .modify({ outcome: 'recorded', detail: null })
    if (entry.intent === 'createWalkIn') {
      // The walk-in's check-in was held with it; it goes back to the queue behind the create.
      const held = (await db.outbox.where('bookingId').equals(entry.bookingId).toArray()).filter(
        (e) => e.attention?.code === WAITS_FOR_WALK_IN,
      )
      for (const e of held) {
        await db.outbox.update(e.seq ?? 0, {
          state: 'queued',
          attention: null,
          lastError: null,
          nextAttemptAt: 0,
        })
        await db.activity
          .where('mutationId')
          .equals(e.mutationId)
          .modify({ outcome: 'recorded', detail: null })
      }
    }
    await rebaseBookings(db, [entry.bookingId])
  })
}

/**
 * Drops a change that was refused, or one still waiting to go out (Undo before it was sent). A walk-in's
 * queued check-in goes with its create. Answers false when the change is already on its way or done.
 */
export async function discardEntry(ctx: ActionContext, mutationId: string): Promise<boolean> {
  const { db } = ctx
  return db.transaction('rw', transitionTables(db), async () => {
    const entry = await entryOrRefuse(db, mutationId)
    if (!['conflict', 'failed', 'queued'].includes(entry.state)) return false
    const dependents =
      entry.intent === 'createWalkIn'
        ? (await db.outbox.where('bookingId').equals(entry.bookingId).toArray()).filter(
            (e) => isPending(e) || e.state === 'conflict',
          )
        : [entry]
    if (dependents.some((e) => e.state === 'sending')) return false
    const at = new Date(ctx.now()).toISOString()
    for (const e of dependents) {
      await db.outbox.update(e.seq ?? 0, { state: 'discarded', finishedAt: at })
      await db.activity.where('mutationId').equals(e.mutationId).modify({ outcome: 'discarded' })
    }
    await rebaseBookings(db, [entry.bookingId])
    return true
  })
}

export interface UndoOutcome {
  /** Changes dropped from the queue before they were sent. */
  dropped: number
  /** Changes already on Wix, taken back by sending their inverse. */
  reversed: number
  /** Changes already on their way or on Wix with no inverse: why each cannot be undone. */
  refused: string[]
}

/**
 * Undo of an action (the toast, Ctrl+Z): a change still in the queue is dropped there; a check-in (or
 * no-show) already sent is taken back by queueing the state it replaced. One transaction for the lot.
 */
export function undoRecorded(ctx: ActionContext, recorded: readonly Recorded[]): Promise<UndoOutcome> {
  const { db } = ctx
  return db.transaction('rw', transitionTables(db), async () => {
    const outcome: UndoOutcome = { dropped: 0, reversed: 0, refused: [] }
    const inverses: Plan[] = []
    for (const item of [...recorded].reverse()) {
      const entry = await db.outbox.where('mutationId').equals(item.mutationId).first()
      if (!entry || entry.state === 'discarded') continue
      if (await discardEntry(ctx, item.mutationId)) {
        outcome.dropped++
        continue
      }
      const row = await db.bookings.get(entry.bookingId)
      const name = row ? personName(row.contact) : 'this booking'
      if (!item.inverse || entry.state === 'conflict' || entry.state === 'failed') {
        outcome.refused.push(
          entry.state === 'sending'
            ? `The change for ${name} is being sent to Wix right now.`
            : `The change for ${name} has already reached Wix and cannot be taken back from here.`,
        )
        continue
      }
      inverses.push({
        intent: item.inverse,
        bookingId: entry.bookingId,
        baseRevision: row?.server ? row.revision : null,
        summary: undoneSummary(
          (await db.activity.where('mutationId').equals(item.mutationId).first())?.summary ?? name,
        ),
      })
    }
    if (inverses.length) {
      await record(ctx, () => Promise.resolve(inverses))
      outcome.reversed = inverses.length
    }
    return outcome
  })
}
