import { STATUS_AFTER } from '@shared/domain/booking-intents'
import type { DemoSite } from '../../../electron/demo-site'
import { createSeededRandom, type SeededRandom } from '../../../electron/demo-site/seeded-random'
import type { OutboxRow } from '../../../renderer/src/db/rows'
import type { RollcallDb } from '../../../renderer/src/db/schema'
import { ActionRefused } from '../../../renderer/src/sync/actions'
import { createSyncEngine, type SyncEngine } from '../../../renderer/src/sync/engine'
import { awaitsDecision, DECISION_STATES, isUnsent } from '../../../renderer/src/sync/outbox-states'
import type { BookingsGateway } from '../../../renderer/src/sync/gateway'
import type { LockManagerLike } from '../../../renderer/src/sync/sync-lock'
import type { WindowSpan } from '../../../renderer/src/sync/sync-window'
import { differencesFromServer } from './store-comparison'

/**
 * One seeded random schedule of a front-desk day under trouble: staff actions, going offline and back,
 * injected faults (5xx, 429, hangs, dropped connections, writes committed but unanswered), changes made on
 * the server by customers and another desk, engine restarts with entries left mid-send. Then the line is
 * clean, the engine drains its queue and pulls, and the invariants of the offline contract are checked.
 * The same seed replays the same schedule (timing on a loaded machine may still shift a timeout).
 */
export interface ScheduleEnv {
  demo: DemoSite
  gateway: BookingsGateway
  timeZone: string
  locks: LockManagerLike
  newDb(): RollcallDb
}

export interface ScheduleResult {
  seed: number
  violations: string[]
  steps: string[]
  stats: { actions: number; done: number; conflicts: number; restarts: number; faults: number }
}

/** Tuesday 10:20 in Chicago, as in the other simulator tests: sessions before and after now today. */
export const SCHEDULE_START = '2026-03-10T16:20:00.000Z'

const SPAN: WindowSpan = { daysBefore: 0, daysAfter: 1 }
const FAULT_PATHS = [
  undefined,
  'bulk',
  '/confirm',
  '/decline',
  '/cancel',
  'bookings-service/v2/bookings',
  'extended-bookings/query',
  'attendance',
  'events/query',
]

interface Schedule {
  env: ScheduleEnv
  rng: SeededRandom
  db: RollcallDb
  engine: SyncEngine
  steps: string[]
  outsideBookings: Set<string>
  outsideAttendance: Set<string>
  /** Sessions whose ids Wix changed (a recurring series edited): what was done on them moved with them. */
  renamedEvents: Set<string>
  stats: ScheduleResult['stats']
  offline: boolean
}

function newEngine(s: Pick<Schedule, 'env' | 'rng' | 'db'>): SyncEngine {
  return createSyncEngine({
    db: s.db,
    gateway: s.env.gateway,
    timeZone: () => s.env.timeZone,
    staff: () => 'Soak desk',
    now: () => Date.parse(s.env.demo.now()),
    locks: s.env.locks,
    span: SPAN,
    backoff: { baseDelayMs: 1, maxDelayMs: 4 },
    concurrency: s.rng.pick([1, 3]),
    overlapMs: 60_000,
  })
}

async function localPick(s: Schedule, status: string) {
  // On a session: an appointment request has none until Wix confirms it (§8 C4).
  const rows = (await s.db.bookings.where('status').equals(status).toArray()).filter((r) => r.eventId)
  return rows.length ? s.rng.pick(rows) : undefined
}

async function staffAction(s: Schedule): Promise<void> {
  const { engine, rng } = s
  const kind = rng.weighted([
    ['checkIn', 5],
    ['undoCheckIn', 1],
    ['markNoShow', 1],
    ['confirm', 2],
    ['decline', 1],
    ['promote', 1],
    ['cancel', 1],
    ['walkIn', 1],
    ['reschedule', 1],
    ['partOfParty', 1],
  ] as const)
  try {
    if (kind === 'walkIn') {
      const classes = (await s.db.events.toArray()).filter((e) => e.kind === 'CLASS')
      if (!classes.length) return
      const event = rng.pick(classes)
      const n = s.stats.actions
      await engine.actions.addWalkIn({
        eventId: event.id,
        contact: { firstName: 'Walk', lastName: `In ${n}`, email: `walk.in.${n}@example.com` },
        totalParticipants: rng.int(1, 2),
        checkIn: rng.chance(0.8),
        overrideCapacity: rng.chance(0.3),
      })
      s.steps.push(`walk-in into ${event.id}`)
    } else if (kind === 'reschedule') {
      // This desk moves a booked person to another session of the same class (refused in words otherwise).
      const row = await localPick(s, 'CONFIRMED')
      if (!row?.eventId) return
      const target = rescheduleTarget(s, row.eventId)
      if (!target) return
      await engine.actions.reschedule(row.id, target.id)
      s.steps.push(`reschedule ${row.id} to ${target.id}`)
    } else if (kind === 'partOfParty') {
      // Part of a party arrives: checked in as N of M.
      const parties = (await s.db.bookings.where('status').equals('CONFIRMED').toArray()).filter(
        (r) => r.eventId && r.participants > 1,
      )
      if (!parties.length) return
      const row = rng.pick(parties)
      const arrived = rng.int(1, row.participants - 1)
      await engine.actions.checkIn([
        { bookingId: row.id, eventId: row.eventId ?? '', numberOfAttendees: arrived },
      ])
      s.steps.push(`checkIn ${String(arrived)} of ${String(row.participants)} ${row.id}`)
    } else if (kind === 'checkIn' || kind === 'undoCheckIn' || kind === 'markNoShow') {
      const row = await localPick(s, 'CONFIRMED')
      if (!row?.eventId) return
      await engine.actions[kind]([{ bookingId: row.id, eventId: row.eventId }])
      s.steps.push(`${kind} ${row.id}`)
    } else if (kind === 'confirm' || kind === 'decline') {
      // Any request: on a session, an appointment request without one yet, a part of a multi-service visit.
      const requests = await s.db.bookings.where('status').equals('PENDING').toArray()
      if (!requests.length) return
      const row = rng.pick(requests)
      await engine.actions[kind](row.id)
      const visit = row.server?.booking.multiServiceBookingInfo?.id ? ' (whole visit)' : ''
      s.steps.push(`${kind} ${row.id}${visit}`)
    } else if (kind === 'promote') {
      const row = await localPick(s, 'WAITING_LIST')
      if (!row) return
      const override = rng.chance(0.5)
      await engine.actions.promoteFromWaitlist(row.id, { override })
      s.steps.push(`promote ${row.id}${override ? ' (override)' : ''}`)
    } else {
      const row = await localPick(s, 'CONFIRMED')
      if (!row) return
      await engine.actions.cancel(row.id)
      s.steps.push(`cancel ${row.id}`)
    }
    s.stats.actions++
  } catch (error) {
    if (!(error instanceof ActionRefused)) throw error
  }
}

/** Another session of the same class a booking can be moved to: later today, tomorrow, or past the window. */
function rescheduleTarget(s: Schedule, eventId: string) {
  const state = s.env.demo.state()
  const from = state.events.find((e) => e.id === eventId)
  if (!from || from.kind !== 'CLASS') return undefined
  const nowMs = Date.parse(s.env.demo.now())
  const others = state.events.filter(
    (e) =>
      e.id !== from.id &&
      e.kind === 'CLASS' &&
      e.status === 'CONFIRMED' &&
      e.serviceId === from.serviceId &&
      e.startMs > nowMs - 3_600_000 &&
      e.startMs < nowMs + 5 * 24 * 3_600_000,
  )
  return others.length ? s.rng.pick(others) : undefined
}

function outsideChange(s: Schedule): void {
  const { demo } = s.env
  const { rng } = s
  const state = demo.state()
  const nowMs = Date.parse(demo.now())
  const soon = state.bookings.filter(
    (b) =>
      b.bookedEntity.slot &&
      Date.parse(b.startDate) > nowMs - 3_600_000 &&
      Date.parse(b.startDate) < nowMs + 36 * 3_600_000,
  )
  if (!soon.length) return
  const kind = rng.weighted([
    ['customerCancels', 2],
    ['customerPays', 2],
    ['deskConfirms', 2],
    ['deskDeclines', 2],
    ['joinsWaitlist', 2],
    ['attendance', 2],
    ['books', 2],
    ['customerReschedules', 2],
    ['deskReschedules', 1],
    ['checkout', 1],
    ['seriesEdited', 1],
  ] as const)
  try {
    const booking = rng.pick(soon)
    const eventId = booking.bookedEntity.slot?.eventId ?? ''
    switch (kind) {
      case 'customerCancels':
      case 'customerPays':
      case 'deskConfirms':
      case 'deskDeclines':
        demo.world[kind](booking.id)
        s.outsideBookings.add(booking.id)
        break
      case 'attendance':
        demo.world.deskSetsAttendance({
          bookingId: booking.id,
          eventId,
          status: rng.pick(['ATTENDED', 'NOT_ATTENDED', 'NOT_SET']),
        })
        s.outsideAttendance.add(`${booking.id}|${eventId}`)
        break
      case 'joinsWaitlist':
        demo.world.customerJoinsWaitlist({ eventId })
        break
      case 'books':
        demo.world.customerBooks({ eventId })
        break
      case 'customerReschedules':
      case 'deskReschedules': {
        // Moved by the customer on the website, or by another desk: to later today, tomorrow or past the window.
        const to = rescheduleTarget(s, eventId)
        if (!to) return
        demo.world[kind](booking.id, to.id)
        s.outsideBookings.add(booking.id)
        s.outsideAttendance.add(`${booking.id}|${eventId}`)
        s.outsideAttendance.add(`${booking.id}|${to.id}`)
        s.steps.push(`outside ${kind} ${booking.id} to ${to.id}`)
        return
      }
      case 'checkout': {
        // A customer finishes, or walks away from, an eCommerce checkout the desk saw as "not finished".
        const unfinished = soon.filter((b) => b.status === 'CREATED')
        if (!unfinished.length) return
        const created = rng.pick(unfinished)
        const finished = rng.chance(0.5)
        if (finished) demo.world.checkoutFinished(created.id)
        else demo.world.checkoutAbandoned(created.id)
        s.outsideBookings.add(created.id)
        s.steps.push(`outside checkout ${finished ? 'finished' : 'abandoned'} ${created.id}`)
        return
      }
      case 'seriesEdited': {
        // The business edits a recurring class: its coming sessions get new ids (§8 C15).
        const from = state.events.find((e) => e.id === eventId)
        if (!from?.recurringEventId) return
        const { renamed } = demo.world.businessEditsSeries(from.scheduleId)
        for (const { from: old } of renamed) s.renamedEvents.add(old)
        s.steps.push(`outside series ${from.scheduleId} edited: ${String(renamed.length)} sessions renamed`)
        return
      }
    }
    s.steps.push(`outside ${kind} ${booking.id}`)
  } catch {
    // Refused by the site's own rules (a full class, a booking already canceled): not a change.
  }
}

function injectFault(s: Schedule): void {
  const { rng } = s
  const kind = rng.pick(['status', 'hang', 'drop', 'commit-then-drop'] as const)
  const pathIncludes = rng.pick(FAULT_PATHS)
  const count = rng.int(1, 3)
  const where = pathIncludes ? { pathIncludes } : {}
  if (kind === 'status') {
    const status = rng.pick([500, 502, 503, 429])
    s.env.demo.injectFault({ kind, status, count, ...where })
    s.steps.push(`fault ${status} ×${count} on ${pathIncludes ?? 'anything'}`)
  } else {
    s.env.demo.injectFault({ kind, count, ...where })
    s.steps.push(`fault ${kind} ×${count} on ${pathIncludes ?? 'anything'}`)
  }
  s.stats.faults++
}

async function restart(s: Schedule): Promise<void> {
  await s.engine.stop()
  // A crash mid-send: the entry was marked `sending` and the app died before hearing back.
  const queued = await s.db.outbox.where('state').equals('queued').toArray()
  if (queued.length && s.rng.chance(0.6)) {
    const victim = s.rng.pick(queued)
    await s.db.outbox.update(victim.seq ?? 0, { state: 'sending' })
    s.steps.push(`restart, ${victim.intent} ${victim.bookingId} left sending`)
  } else s.steps.push('restart')
  s.engine = newEngine(s)
  if (s.offline) s.engine.setOnline(false)
  s.stats.restarts++
}

async function decideAttention(s: Schedule): Promise<void> {
  const waiting = await s.db.outbox
    .where('state')
    .anyOf([...DECISION_STATES])
    .toArray()
  if (!waiting.length) return
  const entry = s.rng.pick(waiting)
  if (s.rng.chance(0.5)) {
    await s.engine.actions.discard(entry.mutationId)
    s.steps.push(`discard ${entry.intent} ${entry.bookingId}`)
  } else {
    await s.engine.actions.retry(entry.mutationId, { override: true })
    s.steps.push(`retry ${entry.intent} ${entry.bookingId}`)
  }
}

async function step(s: Schedule): Promise<void> {
  const kind = s.rng.weighted([
    ['action', 9],
    ['push', 3],
    ['sync', 2],
    ['offline', 1],
    ['online', 2],
    ['fault', 3],
    ['outside', 3],
    ['restart', 1],
    ['clock', 2],
    ['attention', 1],
  ] as const)
  switch (kind) {
    case 'action':
      return staffAction(s)
    case 'push':
      s.steps.push('push')
      await s.engine.pushNow()
      return
    case 'sync':
      s.steps.push('sync now')
      await s.engine.syncNow()
      return
    case 'offline':
      // The line is down: every request fails to connect until it comes back.
      s.offline = true
      s.engine.setOnline(false)
      s.env.demo.injectFault({ kind: 'drop', count: 10_000 })
      s.steps.push('offline')
      return
    case 'online':
      if (!s.offline) return
      s.offline = false
      s.env.demo.clearFaults()
      s.engine.setOnline(true)
      s.steps.push('online')
      return
    case 'fault':
      return injectFault(s)
    case 'outside':
      return outsideChange(s)
    case 'restart':
      return restart(s)
    case 'clock':
      s.env.demo.advanceClock(s.rng.int(1, 90) * 1000)
      return
    case 'attention':
      return decideAttention(s)
  }
}

function latestDone<T extends OutboxRow>(entries: T[], key: (e: T) => string): Map<string, T> {
  const latest = new Map<string, T>()
  for (const e of [...entries].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0)))
    if (e.state === 'done') latest.set(key(e), e)
  return latest
}

/** Whether an outbox entry changes this booking: its own, or a whole visit's it is part of. */
function concerns(entry: OutboxRow, bookingId: string): boolean {
  if (entry.bookingId === bookingId) return true
  const visit = 'visit' in entry.args ? entry.args.visit : undefined
  return visit?.bookingIds.includes(bookingId) ?? false
}

async function checkInvariants(s: Schedule): Promise<string[]> {
  const violations: string[] = []
  const state = s.env.demo.state()
  const entries = await s.db.outbox.toArray()
  for (const e of entries) {
    if (isUnsent(e)) violations.push(`${e.intent} ${e.bookingId} left ${e.state}`)
    if (awaitsDecision(e) && !e.attention?.reason)
      violations.push(`${e.intent} ${e.bookingId} needs attention without a reason`)
  }
  for (const e of entries) {
    if (e.intent !== 'createWalkIn') continue
    const onServer = state.bookings.filter((b) => b.externalUserId === e.args.externalUserId).length
    const expected = e.state === 'done' ? 1 : 0
    if (onServer !== expected)
      violations.push(`walk-in ${e.args.externalUserId} (${e.state}) is on Wix ${onServer} times`)
  }
  const statusDone = latestDone(
    entries.filter((e) => e.intent === 'confirm' || e.intent === 'decline' || e.intent === 'cancel'),
    (e) => e.bookingId,
  )
  for (const [bookingId, e] of statusDone) {
    if (
      s.outsideBookings.has(bookingId) ||
      !(e.intent === 'confirm' || e.intent === 'decline' || e.intent === 'cancel')
    )
      continue
    const server = state.bookings.find((b) => b.id === bookingId)?.status
    const later = entries.some(
      (o) =>
        concerns(o, bookingId) &&
        (o.seq ?? 0) > (e.seq ?? 0) &&
        o.state === 'done' &&
        o.intent !== 'setAttendance',
    )
    if (!later && server !== STATUS_AFTER[e.intent] && !(e.intent === 'cancel' && server === 'DECLINED'))
      violations.push(`${e.intent} ${bookingId} is done but Wix shows ${server}`)
  }
  const movesDone = latestDone(
    entries.filter((e) => e.intent === 'reschedule'),
    (e) => e.bookingId,
  )
  for (const [bookingId, e] of movesDone) {
    if (s.outsideBookings.has(bookingId) || e.intent !== 'reschedule') continue
    const later = entries.some(
      (o) =>
        o.bookingId === bookingId &&
        (o.seq ?? 0) > (e.seq ?? 0) &&
        o.state === 'done' &&
        o.intent !== 'setAttendance',
    )
    const server = state.bookings.find((b) => b.id === bookingId)?.bookedEntity.slot?.eventId
    if (!later && server !== e.args.toEventId && !s.renamedEvents.has(e.args.toEventId))
      violations.push(`reschedule ${bookingId} is done but Wix has it on ${server ?? 'no session'}`)
  }
  const attendanceDone = latestDone(
    entries.filter((e) => e.intent === 'setAttendance'),
    (e) => (e.intent === 'setAttendance' ? `${e.bookingId}|${e.args.eventId}` : ''),
  )
  for (const [key, e] of attendanceDone) {
    if (s.outsideAttendance.has(key) || e.intent !== 'setAttendance') continue
    if (s.renamedEvents.has(e.args.eventId)) continue
    const server =
      state.attendance.find((a) => a.bookingId === e.bookingId && a.eventId === e.args.eventId)?.status ??
      'NOT_SET'
    if (server !== e.args.status)
      violations.push(`attendance ${key} is done as ${e.args.status} but Wix shows ${server}`)
  }
  const nowMs = Date.parse(s.env.demo.now())
  violations.push(...(await differencesFromServer(s.db, state, nowMs, SPAN)).map((d) => `store ≠ Wix: ${d}`))
  return violations
}

export async function runSchedule(env: ScheduleEnv, seed: number, stepCount = 24): Promise<ScheduleResult> {
  const rng = createSeededRandom(seed)
  env.demo.setNow(SCHEDULE_START)
  env.demo.reset()
  const db = env.newDb()
  const s: Schedule = {
    env,
    rng,
    db,
    engine: newEngine({ env, rng, db }),
    steps: [],
    outsideBookings: new Set(),
    outsideAttendance: new Set(),
    renamedEvents: new Set(),
    stats: { actions: 0, done: 0, conflicts: 0, restarts: 0, faults: 0 },
    offline: false,
  }
  try {
    await s.engine.syncNow()
    for (let i = 0; i < stepCount; i++) await step(s)

    // The line is clean again: drain the queue, then pull.
    env.demo.clearFaults()
    s.engine.setOnline(true)
    s.engine.resume()
    for (let round = 0; round < 12; round++) {
      const report = await s.engine.syncNow()
      if (s.engine.getState().pendingCount === 0 && !report.problem) break
    }
    await s.engine.syncNow({ full: true })
    await s.engine.stop()
    const entries = await db.outbox.toArray()
    s.stats.done = entries.filter((e) => e.state === 'done').length
    s.stats.conflicts = entries.filter((e) => e.state === 'conflict' || e.state === 'failed').length
    return { seed, violations: await checkInvariants(s), steps: s.steps, stats: s.stats }
  } finally {
    await s.engine.stop()
    db.close()
    await db.delete()
  }
}
