import { addDays, daysBetween, startOfBusinessDay, type BusinessDay } from '@shared/domain/business-day'
import type { SyncWindow } from './sync-window'

/**
 * How far a full pull has put the window's bookings in the store, day by day. A full pull reads today first
 * (its bookings, and the course bookings of its course sessions), then the later days in `startDate` order
 * (once a batch is stored every booking starting before that batch's last one is in: the days that end by
 * then are complete), then the earlier days. Course bookings (they start on the course's first session, maybe
 * before the window) are read by course: a course session is complete only once its course's are in too.
 */
export interface BookingsLoaded {
  /** The window the pull reads. */
  first: BusinessDay
  last: BusinessDay
  /** The days of it whose bookings are all in the store, in day order (today first of all, then any). */
  days: BusinessDay[]
  /** The days of it whose course sessions have their course bookings in the store too, in day order. */
  courseDays: BusinessDay[]
}

/**
 * What an older Rollcall stored: the last day complete in start order (it read the window in start order
 * only), and whether the course bookings of every course session of the window were in.
 */
interface BookingsLoadedThrough {
  first: BusinessDay
  last: BusinessDay
  through: BusinessDay | null
  courses: boolean
}

/** The `loaded` memory as stored, by this Rollcall or an older one (`through`), as this one reads it. */
export function loadedOf(stored: unknown): BookingsLoaded | null {
  if (!stored || typeof stored !== 'object') return null
  if ('days' in stored) return stored as BookingsLoaded
  const { first, last, through, courses } = stored as BookingsLoadedThrough
  const days = through === null || through < first ? [] : daysBetween(first, through > last ? last : through)
  return { first, last, days, courseDays: courses ? daysBetween(first, last) : [] }
}

/** `loaded` with these days complete too (their bookings, and with `courses` their course bookings). */
export function withComplete(
  loaded: BookingsLoaded,
  days: readonly BusinessDay[],
  courseDays: readonly BusinessDay[] = [],
): BookingsLoaded {
  const union = (have: readonly BusinessDay[], more: readonly BusinessDay[]) =>
    [...new Set([...have, ...more.filter((day) => day >= loaded.first && day <= loaded.last)])].sort()
  return { ...loaded, days: union(loaded.days, days), courseDays: union(loaded.courseDays, courseDays) }
}

/** Where a full pull starts: what an earlier pull of the same window (cut short) already stored stands. */
export function loadingFrom(window: SyncWindow, before: BookingsLoaded | null): BookingsLoaded {
  if (before && before.first === window.first && before.last === window.last) return before
  return { first: window.first, last: window.last, days: [], courseDays: [] }
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
  return inStoreFor(dayLoadedOf(memory, day), kind)
}

/**
 * How much of one day's bookings is in the store, in one word: `all` of them, all but the course bookings of
 * its course sessions, or `none` yet. A screen listing a day reads this apart from the day's rows and passes
 * it in, so that its rows are read again only when the day's own state changes — not whenever the sync
 * memory is written (a first sync writes it as each later day completes).
 */
export type DayLoaded = 'none' | 'all but courses' | 'all'

/** A day and how much of its bookings is in the store, as a screen reads it apart (useDayLoaded.ts). */
export interface DayState {
  day: BusinessDay
  loaded: DayLoaded
}

export function dayLoadedOf(memory: FullPulls, day: BusinessDay): DayLoaded {
  const { window, loaded } = memory
  if (window && day >= window.first && day <= window.last) return 'all'
  if (!loaded || day < loaded.first || day > loaded.last || !loaded.days.includes(day)) return 'none'
  return loaded.courseDays.includes(day) ? 'all' : 'all but courses'
}

/** Are the bookings of a session of this kind in the store, the day being `state` (bookingsInStore)? */
export function inStoreFor(state: DayLoaded, kind: string): boolean {
  return state === 'all' || (state === 'all but courses' && kind !== 'COURSE')
}
