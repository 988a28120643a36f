import { attendeesToSend, priorAttendance } from '@shared/domain/attendance-counts'
import { awaitsCalendarEvent, bookingKindOf, visitOf } from '@shared/domain/booking-lifecycle'
import { CANCELABLE, CONFIRMABLE } from '@shared/domain/booking-intents'
import type { WalkInInput } from '@shared/ipc/bookings'
import type { AttendanceStatus } from '@shared/wix/attendance'
import { personName, walkInContactFields } from '../db/booking-rows'
import type { BookingRow, EventRow, OutboxRow } from '../db/rows'
import type { RollcallDb } from '../db/schema'
import { bookingStatusName, sessionFacts, sessionTitle } from '../queries/session-facts'
import {
  attendanceWords,
  canceledWords,
  cannotUndoWords,
  checkoutNotFinishedWords,
  clearedNoShowWords,
  confirmedWords,
  declinedWords,
  notMarkedWords,
  onSessionWords,
  peopleWords,
  promotedWords,
  rescheduledWords,
  sessionLabel,
  sessionWhen,
  undoneSummary,
  undoNotice,
  walkInSummary,
  wholeVisitWords,
  type UndoNotice,
} from './action-words'
import { LOCAL_ID_PREFIX, type CustomerMessage, type OutboxIntent, type StatusIntent } from './intents'
import { awaitsDecision, isDiscardable, isUnsent } from './outbox-states'
import { discardEntries, enqueueEntry, requeueForRetry, transitionTables } from './outbox-transitions'
import { rebaseBookings } from './rebase'
import { WAITS_FOR_WALK_IN } from './send-walk-in'
import { visitMoveRefusal, visitScopeOf } from './visit-scope'

/**
 * The desk's actions, declared once (`deskActions` at the end): what each records, in one transaction, and
 * the words it is called by in the toast and the activity log. The engine wraps them once (engine.ts) and
 * the screens call them through `useDeskActions()` (desk-actions/), which derives its API from this table.
 */

export interface ActionContext {
  db: RollcallDb
  /** The name recorded with every action (Settings). */
  staff: () => string
  /** The business's time zone (the site's): the times the activity lines give. */
  timeZone: () => string
  now: () => number
  newId?: () => string
  /**
   * The undo window (ms): changes Wix cannot take back (confirm, decline, cancel, walk-in) are held this
   * long in the queue, where Undo simply drops them. Check-ins go out at once; their undo sends the inverse.
   */
  undoWindowMs?: number
}

/** Intents whose effect on Wix cannot be reversed by another intent (customers are notified, etc.). */
const UNDO_WINDOW_INTENTS: ReadonlySet<OutboxIntent['intent']> = new Set([
  'confirm',
  'decline',
  'cancel',
  'reschedule',
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

/** What an undoable action recorded, and its words (the toast's and the activity log's). */
export interface ActionOutcome {
  recorded: Recorded[]
  words: string
}

interface Plan {
  intent: OutboxIntent
  bookingId: string
  baseRevision: string | null
  summary: string
  inverse?: OutboxIntent
}

/** "Vinyasa Flow · Tue 9:00 AM": the session an action names, when the store has it. */
async function sessionNamed(ctx: ActionContext, eventId: string | null | undefined): Promise<string | null> {
  const event = eventId ? await ctx.db.events.get(eventId) : undefined
  return event ? sessionLabel(sessionTitle(event), sessionWhen(event.startUtc, ctx.timeZone())) : null
}

async function bookingOrRefuse(db: RollcallDb, bookingId: string): Promise<BookingRow> {
  const row = await db.bookings.get(bookingId)
  if (!row)
    throw new ActionRefused('This booking is not in the local store (it may be outside the synced days).')
  return row
}

/**
 * Records intents in ONE transaction (renderer/src/sync/README.md, "Recording a change"): the outbox
 * entries, the activity lines and the optimistic state (a rebase of the touched bookings) are all written,
 * or none is.
 */
async function record(ctx: ActionContext, plan: () => Promise<Plan[]>): Promise<Recorded[]> {
  const { db } = ctx
  const newId = ctx.newId ?? (() => crypto.randomUUID())
  return db.transaction('rw', transitionTables(db), async () => {
    const at = new Date(ctx.now()).toISOString()
    const staff = ctx.staff()
    const recorded: Recorded[] = []
    const holdUntil = ctx.undoWindowMs ? ctx.now() + ctx.undoWindowMs : 0
    for (const { intent, bookingId, baseRevision, summary, inverse } of await plan()) {
      const mutationId = newId()
      await enqueueEntry(
        db,
        {
          intent,
          mutationId,
          bookingId,
          baseRevision,
          staff,
          summary,
          ...(holdUntil && UNDO_WINDOW_INTENTS.has(intent.intent) ? { holdUntil } : {}),
        },
        at,
      )
      recorded.push({ mutationId, bookingId, ...(inverse ? { inverse } : {}) })
    }
    await rebaseBookings(
      db,
      recorded.map((r) => r.bookingId),
    )
    return recorded
  })
}

export interface AttendanceTarget {
  bookingId: string
  eventId: string
  /**
   * A check-in of part of a party: how many of the booking's people came (Wix's numberOfAttendees, issue 19
   * case 6). Absent: the whole party. Never sent with anything but ATTENDED (SDK-A ~591, attendeesToSend).
   */
  numberOfAttendees?: number
}

/** An attendance action's own words, and the state it may start from (absent: any). */
interface AttendanceRule {
  words?: (people: string) => string
  from?: AttendanceStatus
}

/**
 * Check in, undo a check-in, mark or clear a no-show — for one person or many at once (one transaction).
 * With `from`, every target must be in that state now, or nothing is recorded.
 */
async function setAttendance(
  ctx: ActionContext,
  targets: readonly AttendanceTarget[],
  status: AttendanceStatus,
  { words = attendanceWords[status], from }: AttendanceRule = {},
): Promise<ActionOutcome> {
  const names: string[] = []
  // The sessions named: the toast names one only when every target is on it.
  const sessions = new Map<string, string | null>()
  const preposition = status === 'ATTENDED' ? 'to' : 'at'
  const recorded = await record(ctx, async () => {
    const plans: Plan[] = []
    for (const { bookingId, eventId, numberOfAttendees } of targets) {
      const row = await bookingOrRefuse(ctx.db, bookingId)
      const arrived = Math.min(numberOfAttendees ?? row.participants, row.participants)
      const before = await ctx.db.attendance.get([bookingId, eventId])
      const name = personName(row.contact)
      if (from && (before?.status ?? 'NOT_SET') !== from) throw new ActionRefused(notMarkedWords(name, from))
      names.push(name)
      if (!sessions.has(eventId)) sessions.set(eventId, await sessionNamed(ctx, eventId))
      const session = sessions.get(eventId) ?? null
      plans.push({
        intent: {
          intent: 'setAttendance',
          args: { bookingId, eventId, status, numberOfAttendees: attendeesToSend(status, arrived) },
        },
        bookingId,
        baseRevision: row.server ? row.revision : null,
        summary: onSessionWords(words(name), session, preposition),
        inverse: {
          intent: 'setAttendance',
          args: { bookingId, eventId, ...priorAttendance(before, row.participants) },
        },
      })
    }
    return plans
  })
  const [only = null] = sessions.size === 1 ? sessions.values() : []
  return { recorded, words: onSessionWords(words(peopleWords(names)), only, preposition) }
}

async function statusAction(
  ctx: ActionContext,
  bookingId: string,
  intent: StatusIntent,
  allowed: ReadonlySet<string>,
  words: (name: string) => string,
): Promise<ActionOutcome> {
  let summary = ''
  const recorded = await record(ctx, async () => {
    const row = await bookingOrRefuse(ctx.db, bookingId)
    if (!allowed.has(row.status))
      throw new ActionRefused(
        `${personName(row.contact)}'s booking is ${row.status.toLowerCase().replace('_', ' ')}.`,
      )
    // Whole visit or single booking: decided once, in visit-scope.ts.
    const visit = await visitScopeOf(ctx.db, row)
    summary = words(personName(row.contact))
    if (!visit) {
      summary = onSessionWords(summary, await sessionNamed(ctx, row.eventId), 'for')
      return [{ intent, bookingId, baseRevision: row.revision, summary }]
    }
    // A visit's parts are on several sessions: it is named as a whole visit instead.
    summary = wholeVisitWords(summary, visit.bookingIds.length)
    const whole = { ...intent, args: { ...intent.args, visit } } as StatusIntent
    return [{ intent: whole, bookingId, baseRevision: row.revision, summary }]
  })
  return { recorded, words: summary }
}

/**
 * What the desk may confirm: the shared CONFIRMABLE but CREATED, which Wix confirms only through a custom
 * checkout (issue 19 case 1): the customer has not finished paying on the site.
 */
const DESK_CONFIRMABLE: ReadonlySet<string> = new Set([...CONFIRMABLE].filter((s) => s !== 'CREATED'))

async function refuseUnfinishedCheckout(ctx: ActionContext, bookingId: string): Promise<void> {
  const row = await bookingOrRefuse(ctx.db, bookingId)
  if (row.status === 'CREATED') throw new ActionRefused(checkoutNotFinishedWords(personName(row.contact)))
}

async function confirm(ctx: ActionContext, bookingId: string, message?: CustomerMessage) {
  await refuseUnfinishedCheckout(ctx, bookingId)
  return statusAction(
    ctx,
    bookingId,
    {
      intent: 'confirm',
      args: { bookingId, fromWaitlist: false, overrideCapacity: false, ...(message ? { message } : {}) },
    },
    DESK_CONFIRMABLE,
    confirmedWords,
  )
}

/** Waitlist → booked. Refused by Wix when the session is full, unless the desk explicitly overrides. */
function promoteFromWaitlist(
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
    (name) => promotedWords(name, options.override),
  )
}

function decline(ctx: ActionContext, bookingId: string, message?: CustomerMessage) {
  return statusAction(
    ctx,
    bookingId,
    { intent: 'decline', args: { bookingId, ...(message ? { message } : {}) } },
    CONFIRMABLE,
    declinedWords,
  )
}

/**
 * Cancel a booking (a whole visit for one of its parts, visit-scope.ts), the business's cancellation policy
 * respected: inside the service's window Wix refuses it (BOOKING_POLICY_VIOLATION) and it ends under Needs
 * attention with "Cancel anyway". `anyway`: over the policy from the start (the Cancel dialog offers it when the
 * desk knows the cancel falls inside the window and the key is not known to lack the permission).
 */
function cancel(
  ctx: ActionContext,
  bookingId: string,
  message?: CustomerMessage,
  options: { anyway?: boolean } = {},
) {
  return statusAction(
    ctx,
    bookingId,
    {
      intent: 'cancel',
      args: { bookingId, ...(message ? { message } : {}), ...(options.anyway ? { anyway: true } : {}) },
    },
    CANCELABLE,
    (name) => canceledWords(name, options.anyway === true),
  )
}

/**
 * Why this booking cannot be moved to another session from the desk, in words; null when it can: only a
 * booked place in a class, on Wix already, not one part of a multi-service visit (Wix moves a visit only as a
 * whole), not a request still waiting for its session. The Reschedule dialog offers the move only then.
 */
export function whyBookingNotMovable(row: BookingRow): string | null {
  const person = personName(row.contact)
  const booking = row.server?.booking
  if (!booking) return `${person}'s booking is not on Wix yet; move it once it is.`
  if (visitOf(booking)) return visitMoveRefusal(person)
  if (awaitsCalendarEvent(booking))
    return `${person}'s appointment request has no session yet; confirm or decline it first.`
  const kind = bookingKindOf(booking)
  if (kind === 'course')
    return `${person} is booked on the whole course; a course booking cannot be moved to one session.`
  if (kind !== 'class')
    return `Only a class booking can be moved to another session here; reschedule ${person}'s appointment in Wix.`
  if (row.status !== 'CONFIRMED')
    return `${person}'s booking is ${bookingStatusName(row.status).toLowerCase()}; only a booked place can be moved.`
  return null
}

/** Whether `target` is a session this booking may move to: same service, a class, open, with room. */
export function isMoveTarget(row: BookingRow, target: EventRow): boolean {
  const serviceId = row.server?.booking.bookedEntity.slot?.serviceId
  const room = target.server.remainingCapacity
  return (
    Boolean(serviceId) &&
    target.server.externalScheduleId === serviceId &&
    target.kind === 'CLASS' &&
    target.id !== row.eventId &&
    target.server.status !== 'CANCELLED' &&
    !(typeof room === 'number' && room < row.participants)
  )
}

/** Why a booking cannot be moved to `target` from the desk, in words; null when it can. */
function whyNotMovable(row: BookingRow, target: EventRow | undefined, person: string): string | null {
  const refusal = whyBookingNotMovable(row)
  if (refusal) return refusal
  if (!target) return 'That session is not in the local store (it may be outside the synced days).'
  const serviceId = row.server?.booking.bookedEntity.slot?.serviceId
  if (!serviceId || target.server.externalScheduleId !== serviceId || target.kind !== 'CLASS')
    return `${person} can be moved only to another session of the same class.`
  if (target.id === row.eventId) return `${person} is already booked on that session.`
  if (target.server.status === 'CANCELLED') return 'That session is canceled.'
  const room = target.server.remainingCapacity
  if (typeof room === 'number' && room < row.participants) return 'That session has no room left.'
  return null
}

/**
 * Reschedule a booked place in a class to another session of the same service (issue 19 case 3): shown
 * on the new session's roster at once, queued like every change (held for the undo window: the customer is
 * told), sent through Bookings Writer V2 Reschedule on the booking's revision at send time (send-reschedule.ts).
 */
async function reschedule(
  ctx: ActionContext,
  bookingId: string,
  toEventId: string,
  message?: CustomerMessage,
): Promise<ActionOutcome> {
  let words = ''
  const recorded = await record(ctx, async () => {
    const row = await bookingOrRefuse(ctx.db, bookingId)
    const target = await ctx.db.events.get(toEventId)
    const person = personName(row.contact)
    const refusal = whyNotMovable(row, target, person)
    if (refusal || !target || !row.eventId) throw new ActionRefused(refusal ?? 'This booking has no session.')
    // A check-in says the person is in this session's room: it is taken back first, not carried along.
    const here = await ctx.db.attendance.get([bookingId, row.eventId])
    if (here?.status === 'ATTENDED')
      throw new ActionRefused(
        `${person} is checked in on this session; undo the check-in first, then move them.`,
      )
    words = rescheduledWords(person, {
      title: sessionTitle(target),
      when: sessionWhen(target.startUtc, ctx.timeZone()),
    })
    return [
      {
        intent: {
          intent: 'reschedule',
          args: {
            bookingId,
            fromEventId: row.eventId,
            toEventId,
            serviceId: target.server.externalScheduleId ?? '',
            scheduleId: target.scheduleId,
            ...(message ? { message } : {}),
          },
        },
        bookingId,
        baseRevision: row.revision,
        summary: words,
      },
    ]
  })
  return { recorded, words }
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
async function addWalkIn(ctx: ActionContext, request: WalkInRequest): Promise<ActionOutcome> {
  let words = ''
  const recorded = await record(ctx, async () => {
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
        summary: (words = walkInSummary(name, sessionFacts(event, ctx.timeZone()))),
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
        summary: attendanceWords.ATTENDED(name),
      })
    return plans
  })
  return { recorded, words }
}

async function entryOrRefuse(db: RollcallDb, mutationId: string): Promise<OutboxRow> {
  const entry = await db.outbox.where('mutationId').equals(mutationId).first()
  if (!entry) throw new ActionRefused('This change is no longer in the queue.')
  return entry
}

/**
 * "Needs attention" → Retry (optionally over capacity, or — a cancel the cancellation policy refused — over
 * the policy: "Cancel anyway"): the entry goes back to the queue as it was, with that flag.
 */
async function retryEntry(
  ctx: ActionContext,
  mutationId: string,
  options: { override?: boolean; anyway?: boolean } = {},
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
    if (!awaitsDecision(entry)) throw new ActionRefused('This change is not waiting for a decision.')
    // The walk-in's check-in was held with it; it goes back to the queue behind the create.
    const held =
      entry.intent === 'createWalkIn'
        ? (await db.outbox.where('bookingId').equals(entry.bookingId).toArray()).filter(
            (e) => e.attention?.code === WAITS_FOR_WALK_IN,
          )
        : []
    const retried = entry
    if (options.anyway && entry.intent !== 'cancel')
      throw new ActionRefused('Only a cancel can be sent over the cancellation policy.')
    await requeueForRetry(db, [entry, ...held], (e) => {
      if (e !== retried) return e.args
      if (options.override && (e.intent === 'confirm' || e.intent === 'createWalkIn'))
        return { ...e.args, overrideCapacity: true }
      if (options.anyway && e.intent === 'cancel') return { ...e.args, anyway: true }
      return e.args
    })
  })
}

/**
 * Drops a change that was refused, or one still waiting to go out (Undo before it was sent). A walk-in's
 * queued check-in goes with its create. Answers false when the change is already on its way or done.
 */
async function discardEntry(ctx: ActionContext, mutationId: string): Promise<boolean> {
  return dropEntry(ctx, mutationId, 'discarded')
}

/** `discardEntry`, its activity line ending as `outcome` (an Undo's reads "Undone", not "Discarded"). */
async function dropEntry(
  ctx: ActionContext,
  mutationId: string,
  outcome: 'discarded' | 'undone',
): Promise<boolean> {
  const { db } = ctx
  return db.transaction('rw', transitionTables(db), async () => {
    const entry = await entryOrRefuse(db, mutationId)
    if (!isDiscardable(entry)) return false
    const dependents =
      entry.intent === 'createWalkIn'
        ? (await db.outbox.where('bookingId').equals(entry.bookingId).toArray()).filter(
            (e) => isUnsent(e) || e.state === 'conflict',
          )
        : [entry]
    if (dependents.some((e) => e.state === 'sending')) return false
    await discardEntries(db, dependents, new Date(ctx.now()).toISOString(), outcome)
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
  /** How it went, for the desk (undoNotice). */
  notice: UndoNotice
}

/**
 * Undo of an action (the toast, Ctrl+Z) called `words`: a change still in the queue is dropped there; a
 * check-in (or no-show) already sent is taken back by queueing the state it replaced. One transaction.
 */
function undoRecorded(
  ctx: ActionContext,
  recorded: readonly Recorded[],
  words: string,
): Promise<UndoOutcome> {
  const { db } = ctx
  return db.transaction('rw', transitionTables(db), async () => {
    const outcome = { dropped: 0, reversed: 0, refused: [] as string[] }
    const inverses: Plan[] = []
    for (const item of [...recorded].reverse()) {
      const entry = await db.outbox.where('mutationId').equals(item.mutationId).first()
      if (!entry || entry.state === 'discarded') continue
      if (await dropEntry(ctx, item.mutationId, 'undone')) {
        outcome.dropped++
        continue
      }
      const row = await db.bookings.get(entry.bookingId)
      const name = row ? personName(row.contact) : 'this booking'
      if (!item.inverse || entry.state === 'conflict' || entry.state === 'failed') {
        outcome.refused.push(cannotUndoWords(name, entry.state === 'sending'))
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
    return { ...outcome, notice: undoNotice(words, outcome) }
  })
}

/**
 * How the desk treats an action: `undoable` ones are offered for undo (a toast, Ctrl+Z) with their words;
 * `decision` ones (Retry, Discard in Needs attention) are not; `undo` takes back an undoable one and says how
 * it went.
 */
export type ActionKind = 'undoable' | 'decision' | 'undo'

export interface DeskAction<Args extends unknown[], Result> {
  kind: ActionKind
  run: (ctx: ActionContext, ...args: Args) => Promise<Result>
  /**
   * What the desk shows at once, with the press, before the store has it (the engine's pending attendance,
   * pending-attendance.ts): a check-in appears in the frame of the click.
   */
  shows?: (...args: Args) => { targets: readonly AttendanceTarget[]; status: AttendanceStatus }
  /** The bookings whose pending display gives way at once (an undo must never hide behind a press). */
  forgets?: (...args: Args) => readonly string[]
}

const declare = <Args extends unknown[], Result>(action: DeskAction<Args, Result>) => action

const attendance = (status: AttendanceStatus, rule: AttendanceRule = {}) =>
  declare({
    kind: 'undoable',
    run: (ctx, targets: readonly AttendanceTarget[]) => setAttendance(ctx, targets, status, rule),
    shows: (targets: readonly AttendanceTarget[]) => ({ targets, status }),
  })

/** Every action the desk can take: the one declaration the engine, the screens and the tests derive from. */
export const deskActions = {
  checkIn: attendance('ATTENDED'),
  undoCheckIn: attendance('NOT_SET'),
  markNoShow: attendance('NOT_ATTENDED'),
  /**
   * A no-show taken back to "not checked in" at any time, not only within the undo window (issue 21): an
   * attendance change to NOT_SET, queued like every change. SDK-A's `setAttendance` takes NOT_SET ("no
   * available attendance information", AttendanceStatusWithLiterals) as Undo check-in already sends it.
   */
  clearNoShow: attendance('NOT_SET', { words: clearedNoShowWords, from: 'NOT_ATTENDED' }),
  confirm: declare({ kind: 'undoable', run: confirm }),
  decline: declare({ kind: 'undoable', run: decline }),
  cancel: declare({ kind: 'undoable', run: cancel }),
  reschedule: declare({ kind: 'undoable', run: reschedule }),
  promoteFromWaitlist: declare({ kind: 'undoable', run: promoteFromWaitlist }),
  addWalkIn: declare({ kind: 'undoable', run: addWalkIn }),
  retry: declare({ kind: 'decision', run: retryEntry }),
  discard: declare({ kind: 'decision', run: discardEntry }),
  undo: declare({
    kind: 'undo',
    run: undoRecorded,
    forgets: (recorded) => recorded.map((r) => r.bookingId),
  }),
}

export type DeskActionName = keyof typeof deskActions
export type DeskActionArgs<K extends DeskActionName> =
  Parameters<(typeof deskActions)[K]['run']> extends [ActionContext, ...infer Args] ? Args : never
export type DeskActionResult<K extends DeskActionName> = Awaited<ReturnType<(typeof deskActions)[K]['run']>>
