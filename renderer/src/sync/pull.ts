import { addDays, daysBetween, startOfBusinessDay, type BusinessDay } from '@shared/domain/business-day'
import type { BookingSelection } from '@shared/ipc/bookings'
import type { Attendance } from '@shared/wix/attendance'
import type { CalendarEvent } from '@shared/wix/event'
import type { ExtendedBooking } from '@shared/wix/extended-booking'
import { bookingDayOf } from '../db/booking-rows'
import type { RollcallDb } from '../db/schema'
import { unwrap, type BookingsGateway } from './gateway'
import { allPages, inChunks } from './paging'
import {
  storeServerAttendance,
  storeServerBookings,
  storeServerEvents,
  type ServerBooking,
} from './server-copies'
import { isInWindow, syncWindowAt, type SyncWindow, type WindowSpan } from './sync-window'
import { readSyncMemory, writeSyncMemory } from './sync-memory'
import { dropMovedOutOfWindow, dropUnlessPending, prunePastWindow } from './prune'
import { refreshBookings } from './refresh'
import { completeThrough, loadingFrom, withComplete } from './loaded-days'
import { writeBehind, type WriteBatching, type WriteBehind } from './write-behind'
import { countingSetAside, type SetAsideKind } from './set-aside'
import { refreshWalkInTerms } from './walk-in-terms-store'

export interface PullProgress {
  /** `courses`: the course bookings of the window's course sessions, read after the others. */
  stage: 'sessions' | 'bookings' | 'courses' | 'attendance'
  done: number
  /** Null while the total is unknown. */
  total: number | null
}

export interface PullContext {
  db: RollcallDb
  gateway: BookingsGateway
  timeZone: string
  now: () => number
  span: WindowSpan
  /** Re-read changes this far behind the watermark: Wix's `updatedDate` order is not a commit log. */
  overlapMs?: number
  /** A full pull at least this often, even when incremental ones succeed. */
  fullEveryMs?: number
  onProgress?: (progress: PullProgress) => void
  /** Records main set aside on a page it answered (see ./set-aside.ts), as each page arrives. */
  onSetAside?: (kind: SetAsideKind, count: number) => void
  /**
   * Called between the stages of a full pull — once today is in the store, and after each stored batch of
   * the later days — so what the desk did meanwhile goes out then, not after the whole window (under Wix's
   * rate budget a full pull of a big site takes close to a minute). sync-run.ts pushes the outbox here.
   */
  betweenStages?: () => Promise<void>
  /** How the window's bookings are written after today's: STORE_BATCH unless said (a test's small site). */
  storeBatch?: WriteBatching
}

export interface PullReport {
  kind: 'full' | 'incremental'
  bookingsRead: number
  bookingsWritten: number
}

export const DEFAULT_OVERLAP_MS = 10 * 60 * 1000
export const DEFAULT_FULL_EVERY_MS = 30 * 60 * 1000
const ATTENDANCE_IDS_PER_QUERY = 100
/**
 * Bookings per write transaction during a pull (ten pages), and how many such batches may wait: one being
 * written and two read ahead, so the reader — idle while it waits — reads the next range or the sessions of
 * the earlier days while the writes it is ahead of go on.
 */
const STORE_BATCH: WriteBatching = { batchSize: 1000, maxWaiting: 3 }
/**
 * Today's bookings are stored page by page as they arrive: the first rosters of the day fill while the rest
 * of it is read, and when today's last page arrives only that page is left to write. (Nothing else is on
 * the screens yet, so a commit per page wakes little.)
 */
const TODAY_BATCH: WriteBatching = { batchSize: 300, maxWaiting: 3 }

function maxInstant(a: string | null, b: string | null): string | null {
  if (!a) return b
  if (!b) return a
  return Date.parse(a) >= Date.parse(b) ? a : b
}

async function readSessions(
  ctx: PullContext,
  window: SyncWindow,
  days: string[],
): Promise<{ events: CalendarEvent[]; gone: string[] }> {
  const { sessions } = ctx.gateway
  const from = `${days[0]}T00:00:00`
  const to = days.at(-1) === window.last ? window.toLocalDate : `${days.at(-1)}T23:59:59`
  const events: CalendarEvent[] = []
  for await (const items of allPages(
    () =>
      countingSetAside(
        unwrap(sessions.query({ fromLocalDate: from, toLocalDate: to })),
        'sessions',
        ctx.onSetAside,
      ),
    (cursor) => countingSetAside(unwrap(sessions.query({ cursor })), 'sessions', ctx.onSetAside),
  )) {
    events.push(...items)
    ctx.onProgress?.({ stage: 'sessions', done: events.length, total: null })
  }
  const gone = await storeServerEvents(ctx.db, events, days)
  return { events, gone }
}

async function readAttendance(ctx: PullContext, eventIds: string[]): Promise<void> {
  const records: Attendance[] = []
  const { attendance } = ctx.gateway
  for (const ids of inChunks(eventIds, ATTENDANCE_IDS_PER_QUERY)) {
    for await (const items of allPages(
      () => countingSetAside(unwrap(attendance.query({ eventIds: ids })), 'attendance', ctx.onSetAside),
      (cursor) => countingSetAside(unwrap(attendance.query({ cursor })), 'attendance', ctx.onSetAside),
    ))
      records.push(...items)
    ctx.onProgress?.({ stage: 'attendance', done: records.length, total: null })
  }
  await storeServerAttendance(ctx.db, records, eventIds)
}

/** Sessions per Calendar read by id (the IPC contract's limit). */
const SESSION_IDS_PER_READ = 500

/**
 * Sessions the store's bookings name but the store does not hold: an appointment Wix put on the calendar when
 * it was confirmed (its event is new: §8 C4), a booking moved to a session on a day the incremental pull does
 * not re-read, a recurring session's new id (§8 C15). Read by id, so the booking stays on a roster (the screens
 * list bookings by their session) instead of vanishing until the next full pull.
 */
async function readMissingSessions(ctx: PullContext, window: SyncWindow): Promise<void> {
  // The sessions any stored booking names (the eventId index alone), then of those the store lacks, the ones
  // a booking of the window names: the bookings themselves are read only for sessions that are missing.
  const named = (await ctx.db.bookings.orderBy('eventId').uniqueKeys()).map(String)
  const stored = new Set(await ctx.db.events.toCollection().primaryKeys())
  const absent = named.filter((id) => !stored.has(id))
  const missing = absent.length
    ? [
        ...new Set(
          (await ctx.db.bookings.where('eventId').anyOf(absent).toArray()).flatMap((row) =>
            row.eventId && isInWindow(window, row.day) ? [row.eventId] : [],
          ),
        ),
      ]
    : []
  for (const ids of inChunks(missing, SESSION_IDS_PER_READ)) {
    const { items } = await unwrap(ctx.gateway.sessions.byIds({ ids }))
    await storeServerEvents(ctx.db, items, [])
  }
}

interface BookingsRead {
  read: number
  written: number
  newestUpdate: string | null
}

interface BookingsReading {
  selection: BookingSelection
  keep: (item: ExtendedBooking) => boolean
  stage: 'bookings' | 'courses'
  /** The progress's total, asked at each page: it may be known only after the first pages are read. */
  total: () => number | null
  /** What `progress.read` was when this stage began: progress counts from there. */
  readBefore: number
  /** Collects the id of every booking read (kept or not). */
  seen?: Set<string>
  /** After each batch is in the store (batches are stored in the order they were read). */
  stored?: (batch: readonly ServerBooking[]) => Promise<void>
  /** Bookings per write transaction; STORE_BATCH unless said. */
  batching?: WriteBatching
  /** The ids the store may hold (see storeServerBookings); kept up to date as batches are stored. */
  known?: Set<string>
  /**
   * A writer shared with the readings after this one (`bookingsWriter`; `stored` and `batching` are its):
   * this reading leaves what it read in it, and the caller closes and finishes it. Without one, the reading
   * has a writer of its own and returns once all it read is stored.
   */
  into?: WriteBehind<ServerBooking>
}

/** What stores a pull's bookings, batch after batch, while the pull reads on (see write-behind.ts). */
function bookingsWriter(
  ctx: PullContext,
  progress: BookingsRead,
  { stored, batching, known }: Pick<BookingsReading, 'stored' | 'batching' | 'known'>,
): WriteBehind<ServerBooking> {
  return writeBehind<ServerBooking>(async (batch) => {
    progress.written += (await storeServerBookings(ctx.db, batch, ctx.timeZone, known)).written
    await stored?.(batch)
  }, batching ?? STORE_BATCH)
}

/** Lets the batches already read land, then throws: a push must never run while a pull still writes. */
async function landThenThrow(writer: WriteBehind<ServerBooking>, error: unknown): Promise<never> {
  await writer.done().catch(() => undefined)
  throw error
}

async function readBookings(
  ctx: PullContext,
  { selection, keep, stage, total, readBefore, seen, into, ...writing }: BookingsReading,
  progress: BookingsRead,
): Promise<void> {
  const { bookings } = ctx.gateway
  const writer = into ?? bookingsWriter(ctx, progress, writing)
  try {
    for await (const items of allPages(
      () =>
        countingSetAside(
          unwrap(bookings.query({ select: selection, limit: 100 })),
          'bookings',
          ctx.onSetAside,
        ),
      (cursor) => countingSetAside(unwrap(bookings.query({ cursor })), 'bookings', ctx.onSetAside),
    )) {
      progress.read += items.length
      for (const item of items) {
        progress.newestUpdate = maxInstant(progress.newestUpdate, item.booking.updatedDate)
        seen?.add(item.booking.id)
      }
      await writer.add(items.filter(keep).map((extended) => ({ extended, withAttendance: true })))
      ctx.onProgress?.({ stage, done: progress.read - readBefore, total: total() })
    }
  } catch (error) {
    // A read failed: the batches already read land before the engine moves on.
    return landThenThrow(writer, error)
  }
  if (!into) await writer.done()
}

function courseSchedulesOf(events: readonly { kind?: string; type?: string; scheduleId: string }[]) {
  return [...new Set(events.filter((e) => (e.kind ?? e.type) === 'COURSE').map((e) => e.scheduleId))]
}

/**
 * The stored bookings of the window Wix no longer listed for it (rescheduled out of it or to another day,
 * deleted): re-read by id, so a booking that moved is stored where it now is (and leaves the window, below,
 * unless work is pending), and one Wix no longer has at all is dropped — except with pending work, which
 * replay decides (the offline contract). True when it found any (after a first sync, none).
 */
async function followUnlisted(
  ctx: PullContext,
  window: SyncWindow,
  seen: ReadonlySet<string>,
): Promise<boolean> {
  // Keys first (the day index alone), rows only for those not seen: after a first sync that is none of them.
  const notSeen = (
    await ctx.db.bookings.where('day').between(window.first, window.last, true, true).primaryKeys()
  ).filter((id) => !seen.has(id))
  const unlisted = (await ctx.db.bookings.bulkGet(notSeen)).flatMap((row) =>
    row && row.server !== null ? [row.id] : [],
  )
  if (!unlisted.length) return false
  const found = await refreshBookings(ctx, unlisted)
  await dropUnlessPending(
    ctx.db,
    unlisted.filter((id) => !found.has(id)),
  )
  return true
}

/** The instant a business day begins (ISO, UTC): where a `startDate` range is cut between days. */
function dayStartsAt(day: BusinessDay, timeZone: string): string {
  return new Date(startOfBusinessDay(day, timeZone)).toISOString()
}

/**
 * Initial load, and the periodic full refresh: every session of the window, every booking starting in it
 * (plus the course bookings of its course sessions, which started earlier), and the attendance of course
 * sessions (Query Extended Bookings carries attendance for slot bookings only).
 *
 * Today first: today's sessions, bookings, course bookings and course attendance are read and stored, and
 * today marked complete, before any other day is read; then the later days in start order (tomorrow first),
 * then the earlier ones. The window's bookings are read as three `startDate` ranges that together are the
 * window's one range (nothing read twice), and the watermark is written only once all of them are in.
 */
export async function fullPull(ctx: PullContext): Promise<PullReport> {
  const { timeZone } = ctx
  const window = syncWindowAt(new Date(ctx.now()), timeZone, ctx.span)
  const { today } = window
  const earlier = window.days.filter((day) => day < today)
  const later = window.days.filter((day) => day > today)
  const todayFrom = dayStartsAt(today, timeZone)
  const todayTo = dayStartsAt(addDays(today, 1), timeZone)
  const seen = new Set<string>()
  const progress: BookingsRead = { read: 0, written: 0, newestUpdate: null }
  const inWindow = (item: ExtendedBooking) => isInWindow(window, bookingDayOf(item, timeZone))
  const known = new Set(await ctx.db.bookings.toCollection().primaryKeys())
  // Day by day, what is in the store: the screens say a day is loading (never "0 booked") until it is.
  let loaded = loadingFrom(window, (await readSyncMemory(ctx.db)).loaded)
  const complete = async (days: readonly BusinessDay[], courseDays: readonly BusinessDay[] = []) => {
    const next = withComplete(loaded, days, courseDays)
    if (next.days.length === loaded.days.length && next.courseDays.length === loaded.courseDays.length) return
    loaded = next
    await writeSyncMemory(ctx.db, { loaded })
  }
  await writeSyncMemory(ctx.db, { loaded })
  // Progress counts the bookings of the window's range, not the course bookings read in between.
  let courseRead = 0
  const readStarting = (
    from: string,
    to: string,
    total: () => number | null,
    more: Pick<BookingsReading, 'batching' | 'into'> = {},
  ) =>
    readBookings(
      ctx,
      {
        selection: { by: 'startDate', from, to },
        keep: inWindow,
        stage: 'bookings',
        total,
        readBefore: courseRead,
        seen,
        known,
        ...more,
      },
      progress,
    )
  const readCourses = async (scheduleIds: readonly string[], into?: WriteBehind<ServerBooking>) => {
    const readBefore = progress.read
    for (const scheduleId of scheduleIds)
      await readBookings(
        ctx,
        {
          selection: { by: 'schedule', scheduleId },
          keep: () => true,
          stage: 'courses',
          total: () => null,
          readBefore,
          seen,
          known,
          into,
        },
        progress,
      )
    courseRead += progress.read - readBefore
  }
  const courseEventsOf = (events: readonly CalendarEvent[]) =>
    events.filter((e) => e.type === 'COURSE').map((e) => e.id)

  // Today: the desk can work on it while the rest of the window loads.
  const { events: todays } = await readSessions(ctx, window, [today])
  await readStarting(todayFrom, todayTo, () => null, { batching: TODAY_BATCH })
  const todaysCourses = courseSchedulesOf(todays)
  await readCourses(todaysCourses)
  const todaysCourseEvents = courseEventsOf(todays)
  if (todaysCourseEvents.length) await readAttendance(ctx, todaysCourseEvents)
  await complete([today], [today])
  await ctx.betweenStages?.()

  // The rest of the window: the later days (in start order, so tomorrow first), then the earlier ones.
  const events = [...todays]
  // The other days' sessions are read while the later days' bookings are (chains of pages side by side
  // instead of one after the other; under the rate budget they share it). Each is awaited before the first
  // push between stages and before its days are done: a push never runs while the pull still writes.
  const sessionsOf = (days: readonly BusinessDay[]) => {
    const read = days.length
      ? readSessions(ctx, window, [...days]).then((answer) => void events.push(...answer.events))
      : Promise.resolve()
    read.catch(() => undefined)
    return read
  }
  const otherSessions = [sessionsOf(later), sessionsOf(earlier)]
  const otherSessionsStored = () => Promise.all(otherSessions)
  // The count feeds only the progress: asked beside the first pages, not before them (unknown until it comes).
  let counted: number | null = null
  const counting = unwrap(
    ctx.gateway.bookings.count({ by: 'startDate', from: window.fromInstant, to: window.toInstant }),
  ).then(
    (answer) => void (counted = answer.count),
    () => undefined,
  )
  const total = () => counted
  // One writer for all of it, closed between the ranges rather than waited for: the next range is read while
  // the last batches of the one before are written. What follows a range (its days complete, a push) runs
  // in the writer's order, after that range's last batch and before the next range's first.
  let readingLater = later.length > 0
  const rest = bookingsWriter(ctx, progress, {
    known,
    batching: ctx.storeBatch ?? STORE_BATCH,
    stored: async (batch) => {
      if (!readingLater) return
      const last = batch.at(-1)?.extended.booking.startDate
      const through = last ? completeThrough({ days: later }, last, timeZone) : null
      if (through) await complete(daysBetween(later[0] ?? through, through))
      await otherSessionsStored()
      await ctx.betweenStages?.()
    },
  })
  // A range's end is queued in the writer at once (close queues before it waits), and not waited for: the
  // next range's first pages are asked for while the writer catches up, instead of once it has (its adds wait
  // as any add does). A failed batch is thrown by the next add, or by done().
  const closeRange = (then: () => Promise<void>) => void rest.close(then).catch(() => undefined)
  const readRest = async () => {
    if (later.length) {
      await readStarting(todayTo, window.toInstant, total, { into: rest })
      await otherSessionsStored()
      closeRange(async () => {
        readingLater = false
        await complete(later)
      })
    }
    if (earlier.length) {
      await readStarting(window.fromInstant, todayFrom, total, { into: rest })
      await otherSessionsStored()
      closeRange(async () => {
        await complete(earlier)
        await ctx.betweenStages?.()
      })
    }
    await readCourses(
      courseSchedulesOf(events).filter((id) => !todaysCourses.includes(id)),
      rest,
    )
  }
  await readRest().catch(async (error: unknown) => {
    await Promise.allSettled([...otherSessions, counting])
    return landThenThrow(rest, error)
  })
  await Promise.all([rest.done(), counting])
  const courses = courseSchedulesOf(events)
  await complete([], window.days)
  // The last reads side by side: the bookings no longer listed, the sessions missing, the course sessions'
  // attendance, the services' walk-in terms (which never fail a pull). All have ended, failed or not, before
  // the pull answers. A booking followed may name a session not stored: when any was followed, the sessions
  // missing are looked for again after it (after a first sync none is, and the two store scans overlap).
  const courseEvents = courseEventsOf(events).filter((id) => !todaysCourseEvents.includes(id))
  const [followed, missing, attended] = await Promise.allSettled([
    followUnlisted(ctx, window, seen),
    readMissingSessions(ctx, window),
    courseEvents.length ? readAttendance(ctx, courseEvents) : undefined,
    refreshWalkInTerms(ctx),
  ])
  for (const outcome of [followed, missing, attended]) if (outcome.status === 'rejected') throw outcome.reason
  if (followed.status === 'fulfilled' && followed.value) await readMissingSessions(ctx, window)

  const memory = await readSyncMemory(ctx.db)
  await writeSyncMemory(ctx.db, {
    watermark: maxInstant(memory.watermark, progress.newestUpdate) ?? window.fromInstant,
    window: { first: window.first, last: window.last },
    lastFullPullAt: ctx.now(),
  })
  await prunePastWindow(ctx.db, window, courses)
  return { kind: 'full', bookingsRead: progress.read, bookingsWritten: progress.written }
}

/**
 * Between full pulls: what changed since the watermark (minus the overlap; answers already stored are
 * skipped by revision), and today's sessions and attendance, which change without touching any booking's
 * `updatedDate` (another desk checking people in).
 */
export async function incrementalPull(ctx: PullContext): Promise<PullReport> {
  const memory = await readSyncMemory(ctx.db)
  const window = syncWindowAt(new Date(ctx.now()), ctx.timeZone, ctx.span)
  const fullEvery = ctx.fullEveryMs ?? DEFAULT_FULL_EVERY_MS
  const stale =
    !memory.watermark ||
    memory.window?.first !== window.first ||
    memory.window.last !== window.last ||
    ctx.now() - (memory.lastFullPullAt ?? 0) >= fullEvery
  if (stale) return fullPull(ctx)

  const { events: todays, gone } = await readSessions(ctx, window, [window.today])
  // Bookings on a session of today Wix no longer lists (a recurring session replaced by a new id) follow
  // it now, not at the next full pull: re-read, they are stored on the session Wix has them on.
  const orphans = gone.length
    ? await ctx.db.bookings
        .where('eventId')
        .anyOf(gone)
        .filter((row) => row.server !== null)
        .primaryKeys()
    : []
  if (orphans.length) await refreshBookings(ctx, orphans)
  // A booking already in the store is always taken: it may have been rescheduled out of the window.
  const known = new Set(await ctx.db.bookings.toCollection().primaryKeys())
  const courses = new Set(
    courseSchedulesOf(
      await ctx.db.events.where('day').between(window.first, window.last, true, true).toArray(),
    ),
  )
  const since = new Date(
    Date.parse(memory.watermark ?? '') - (ctx.overlapMs ?? DEFAULT_OVERLAP_MS),
  ).toISOString()
  const progress: BookingsRead = { read: 0, written: 0, newestUpdate: null }
  const relevant = (item: ExtendedBooking) =>
    known.has(item.booking.id) ||
    isInWindow(window, bookingDayOf(item, ctx.timeZone)) ||
    courses.has(item.booking.bookedEntity.schedule?.scheduleId ?? '')
  const seen = new Set<string>()
  await readBookings(
    ctx,
    {
      selection: { by: 'updatedSince', since },
      keep: relevant,
      stage: 'bookings',
      total: () => null,
      readBefore: 0,
      seen,
    },
    progress,
  )
  // Moved out of the window (another day beyond it): off the roster it was on, unless work is pending.
  await dropMovedOutOfWindow(
    ctx.db,
    window,
    [...seen].filter((id) => known.has(id)),
    courses,
  )
  await readMissingSessions(ctx, window)
  if (todays.length)
    await readAttendance(
      ctx,
      todays.map((e) => e.id),
    )
  await writeSyncMemory(ctx.db, { watermark: maxInstant(memory.watermark, progress.newestUpdate) })
  return { kind: 'incremental', bookingsRead: progress.read, bookingsWritten: progress.written }
}
