import { addDays, startOfBusinessDay, type BusinessDay } from '@shared/domain/business-day'
import type { SyncWindow } from './sync-window'

/**
 * How far a full pull has put the window's bookings in the store. A full pull reads the bookings in
 * `startDate` order, so once a batch is stored every booking starting before that batch's last one is in:
 * the days that end by then are complete. Course bookings (they start on the course's first session, maybe
 * before the window) are read after them, so course sessions are complete only once those are in too.
 */
export interface BookingsLoaded {
  /** The window the pull reads. */
  first: BusinessDay
  last: BusinessDay
  /** The last day of it whose bookings are all in the store; null while none is. */
  through: BusinessDay | null
  /** The course bookings of the window's course sessions are in the store. */
  courses: boolean
}

/** Where a full pull starts: what an earlier pull of the same window (cut short) already stored stands. */
export function loadingFrom(window: SyncWindow, before: BookingsLoaded | null): BookingsLoaded {
  if (before && before.first === window.first && before.last === window.last) return before
  return { first: window.first, last: window.last, through: null, courses: false }
}

/**
 * The last day complete once every booking starting before `startedBefore` (an instant) is stored: the last
 * day of the window that ends by then.
 */
export function completeThrough(
  window: Pick<SyncWindow, 'days'>,
  startedBefore: string,
  timeZone: string,
): BusinessDay | null {
  const reached = Date.parse(startedBefore)
  let through: BusinessDay | null = null
  for (const day of window.days) {
    if (startOfBusinessDay(addDays(day, 1), timeZone) > reached) break
    through = day
  }
  return through
}

/** The later of two days (null: none). */
export function laterDay(a: BusinessDay | null, b: BusinessDay | null): BusinessDay | null {
  if (a === null) return b
  if (b === null) return a
  return a >= b ? a : b
}

/**
 * What the engine remembers of its full pulls: the `window` and `loaded` of SyncMemory (which stores them;
 * written out here so that this module does not import the memory record that imports it).
 */
export interface FullPulls {
  /** The days the last completed full pull covered. */
  window: Pick<SyncWindow, 'first' | 'last'> | null
  loaded: BookingsLoaded | null
}

/**
 * Are all of this day's bookings in the store? Yes for the days the last completed full pull covered (kept
 * current since by the incremental pulls), and for the days the pull under way has stored; a course
 * session also needs its course bookings.
 */
export function bookingsInStore(memory: FullPulls, day: BusinessDay, kind: string): boolean {
  const { window, loaded } = memory
  if (window && day >= window.first && day <= window.last) return true
  if (!loaded || loaded.through === null || day < loaded.first || day > loaded.through) return false
  return kind !== 'COURSE' || loaded.courses
}
