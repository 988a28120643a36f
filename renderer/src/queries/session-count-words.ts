import type { PullProgress } from '../sync/pull'
import type { SessionSummary } from './roster-view'
import { fullWords } from './session-counts'

/**
 * How the screens say a session's numbers (Today's rows and summary, the roster, the decision dialog), all
 * from the counting rule in session-counts, and what they say instead while its bookings are still loading.
 */

// One formatter: `toLocaleString` builds a new one on every call, and Today says a few numbers per row.
const numbers = new Intl.NumberFormat('en-US')
/** "1,234": how every screen writes a number of people, bookings or sessions. */
export const countWords = (n: number) => numbers.format(n)
const count = countWords
const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`

/**
 * "3 requests", "2 bookings": how many bookings hold these people, said only where the people are more (a
 * party); null where each booking is one person.
 */
export function bookingsAside(people: number, bookings: number, one: string, many: string): string | null {
  return people === bookings ? null : plural(bookings, one, many)
}

/** "4,200 of 12,221 bookings", "Reading sessions: 201", …: how far the pull is, in numbers. */
export function pullProgressWords(progress: PullProgress | null): string | null {
  if (!progress) return null
  switch (progress.stage) {
    case 'sessions':
      return `${plural(progress.done, 'session', 'sessions')} read`
    case 'bookings':
      return progress.total === null
        ? `${plural(progress.done, 'booking', 'bookings')} read`
        : `${count(Math.min(progress.done, progress.total))} of ${plural(progress.total, 'booking', 'bookings')}`
    case 'courses':
      return `${plural(progress.done, 'course booking', 'course bookings')} read`
    case 'attendance':
      return `${plural(progress.done, 'attendance record', 'attendance records')} read`
  }
}

/** "Bookings loading (4,200 of 12,221 bookings)": what a session's or a day's numbers say until they are in. */
export function bookingsLoadingWords(progress: PullProgress | null): string {
  const far = pullProgressWords(progress)
  return far ? `Bookings loading (${far})` : 'Bookings loading'
}

/**
 * Numbers count people (party sizes), as the desk reads them: a request for a party of 3 is 3 people
 * pending. When the people are more than the bookings, how many bookings follows in brackets, e.g.
 * "5 pending (3 requests)", "4 on the waitlist (2 bookings)"; otherwise just "2 pending".
 */
export interface PeopleCounts {
  pending: number
  pendingPeople: number
  waitlist: number
  waitlistPeople: number
}

/** "2 pending", "5 pending (3 requests)"; null when nothing is pending. */
export function pendingWords({ pending, pendingPeople }: Pick<PeopleCounts, 'pending' | 'pendingPeople'>) {
  if (!pending) return null
  const head = `${count(pendingPeople)} pending`
  const aside = bookingsAside(pendingPeople, pending, 'request', 'requests')
  return aside ? `${head} (${aside})` : head
}

/** "2 on the waitlist", "4 on the waitlist (2 bookings)"; null when nobody waits. */
export function waitlistWords({
  waitlist,
  waitlistPeople,
}: Pick<PeopleCounts, 'waitlist' | 'waitlistPeople'>) {
  if (!waitlist) return null
  const head = `${count(waitlistPeople)} on the waitlist`
  const aside = bookingsAside(waitlistPeople, waitlist, 'booking', 'bookings')
  return aside ? `${head} (${aside})` : head
}

/** "12 of 20 booked", or "12 booked" when the session has no set capacity. */
export function bookedWords(session: SessionSummary): string {
  return `${bookedFigure(session)} booked`
}

/**
 * "12 of 20", or "12" when the capacity is unknown: the figure of a Today row, over its caption "booked" (the
 * row's name says the same words: "12 of 20 booked").
 */
export function bookedFigure(session: SessionSummary): string {
  const { booked } = session.counts
  return session.capacity === null ? count(booked) : `${count(booked)} of ${count(session.capacity)}`
}

/** "Full", "Full on Wix" (Wix has no spot left although fewer are booked), or null while there is room. */
export function sessionFullWords(session: SessionSummary): 'Full' | 'Full on Wix' | null {
  return fullWords(session.room, session.counts)
}

/** "3 spots left", "1 spot left", "no spots left"; null when the session has no set capacity. */
export function spotsLeftWords(session: SessionSummary): string | null {
  const { left } = session.room
  if (left === null) return null
  return left > 0 ? `${plural(left, 'spot', 'spots')} left` : 'no spots left'
}

/**
 * The session's capacity in one line, for deciding a request: "Capacity 10: 8 booked, 2 pending, 2 spots
 * left", "Capacity 1: 0 booked, 1 pending, Full on Wix", or "No set capacity: 3 booked".
 */
export function capacityLine(session: SessionSummary, progress: PullProgress | null): string {
  if (!session.bookingsLoaded) return bookingsLoadingWords(progress)
  const { counts } = session
  const parts = [`${count(counts.booked)} booked`]
  const pending = pendingWords(counts)
  const waitlist = waitlistWords(counts)
  if (pending) parts.push(pending)
  if (waitlist) parts.push(waitlist)
  const full = sessionFullWords(session)
  const left = spotsLeftWords(session)
  if (full) parts.push(full)
  else if (left) parts.push(left)
  const head = session.capacity === null ? 'No set capacity' : `Capacity ${count(session.capacity)}`
  return `${head}: ${parts.join(', ')}`
}

/**
 * Why a booking does not fit, for the over-capacity questions, in people by the counting rule: "10 of 10
 * spots are taken"; "Wix has no spots left (8 of 10 booked, 2 pending)" when Wix's remaining capacity says
 * full before the count does; "Wix has 1 spot left (2 of 8 booked, 5 pending)" when Wix's figure is what
 * leaves too little room; else "2 of 8 spots are taken" (the room left is in `noRoomWords`).
 */
export function whyFullWords(session: SessionSummary): string {
  const { booked } = session.counts
  const pending = pendingWords(session.counts)
  const booking = `${bookedWords(session)}${pending ? `, ${pending}` : ''}`
  if (sessionFullWords(session) === 'Full on Wix') return `Wix has no spots left (${booking})`
  const { capacity, leftOnWix, left } = session.room
  const byWix =
    leftOnWix !== null && leftOnWix === left && (capacity === null || leftOnWix < capacity - booked)
  if (byWix && left !== null && left > 0) return `Wix has ${plural(left, 'spot', 'spots')} left (${booking})`
  if (capacity === null) return `${count(booked)} booked`
  return `${count(booked)} of ${count(capacity)} spots are taken`
}

/** What the over-capacity questions say, declared once for the walk-in form and the waitlist's dialog. */
export interface NoRoomWords {
  /** "Reformer Pilates is full", or "Reformer Pilates has only 6 spots left" when a big party does not fit. */
  headline: string
  /** The dialog's title: "This session is full", or "Only 6 spots left". */
  title: string
  /** `whyFullWords`: "2 of 8 spots are taken", … */
  why: string
}

/**
 * Words for a booking that does not fit `session`: "full" only when the session has no spot left (by the
 * counting rule); when a party is larger than the spots left, how many are left instead.
 */
export function noRoomWords(session: SessionSummary): NoRoomWords {
  const why = whyFullWords(session)
  const { left } = session.room
  if (sessionFullWords(session) || left === null || left <= 0)
    return { headline: `${session.title} is full`, title: 'This session is full', why }
  const spots = plural(left, 'spot', 'spots')
  return { headline: `${session.title} has only ${spots} left`, title: `Only ${spots} left`, why }
}
