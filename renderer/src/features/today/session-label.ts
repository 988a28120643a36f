import { kindName, timeOfDay } from '../../queries/session-facts'
import type { SessionSummary } from '../../queries/roster-view'
import {
  bookedFigure,
  bookingsAside,
  countWords as count,
  sessionFullWords,
} from '../../queries/session-count-words'
import type { SessionTiming } from './session-timing'

/**
 * What a session row on Today shows, in the order it shows it, declared once for the row (SessionRow lays it
 * out) and for its accessible name (sessionLabel reads it out): a name that holds the words the row shows, in
 * the same order, so a voice-control user can say what they see ("click 9:00 AM", "click Vinyasa Flow").
 */
export interface SessionRowWords {
  /** "9:00 AM" */
  start: string
  /** "to 10:00 AM" */
  end: string
  title: string
  /** Beside the title: "Now" or "Next" (against the clock, today only), then "Canceled". */
  badges: SessionBadge[]
  /** "Class", the staff member, the location: what is known of them. */
  details: string[]
  /** The numbers (booked or full, checked in, waitlist, pending); null while the bookings are loading. */
  counts: SessionRowCount[] | null
}

export interface SessionBadge {
  text: 'Now' | 'Next' | 'Canceled'
  /** The badge's look: session-row__badge--now, --next, --canceled. */
  kind: 'now' | 'next' | 'canceled'
}

/** One number of the row: its figure over its caption ("12 of 20" over "booked"). */
export interface SessionRowCount {
  kind: 'booked' | 'checked-in' | 'waitlist' | 'pending'
  figure: string
  /** "booked", or "Full" / "Full on Wix" in its place when no spot is left. */
  caption: string
  /** The booked count says the session is full (its caption is the warning). */
  full: boolean
  /** Said after it in the name only, in brackets: how many bookings, when the people are more. */
  aside: string | null
}

const TIMING_BADGES: Partial<Record<SessionTiming, SessionBadge>> = {
  now: { text: 'Now', kind: 'now' },
  next: { text: 'Next', kind: 'next' },
}

/** The row's words: people counted (party sizes), as session-count-words counts them. */
export function sessionRowWords(
  session: SessionSummary,
  timing: SessionTiming | null,
  timeZone: string,
): SessionRowWords {
  const badges: SessionBadge[] = []
  const timingBadge = timing ? TIMING_BADGES[timing] : undefined
  if (timingBadge) badges.push(timingBadge)
  if (session.canceled) badges.push({ text: 'Canceled', kind: 'canceled' })
  return {
    start: session.startLabel,
    end: `to ${timeOfDay(session.endUtc, timeZone)}`,
    title: session.title,
    badges,
    details: [kindName(session.kind), session.staff, session.location].filter((d): d is string => !!d),
    counts: session.bookingsLoaded ? rowCounts(session) : null,
  }
}

function rowCounts(session: SessionSummary): SessionRowCount[] {
  const { counts } = session
  const full = sessionFullWords(session)
  const out: SessionRowCount[] = [
    { kind: 'booked', figure: bookedFigure(session), caption: full ?? 'booked', full: !!full, aside: null },
    { kind: 'checked-in', figure: count(counts.checkedIn), caption: 'checked in', full: false, aside: null },
  ]
  if (counts.waitlist > 0)
    out.push({
      kind: 'waitlist',
      figure: count(counts.waitlistPeople),
      caption: 'waitlist',
      full: false,
      aside: bookingsAside(counts.waitlistPeople, counts.waitlist, 'booking', 'bookings'),
    })
  if (counts.pending > 0)
    out.push({
      kind: 'pending',
      figure: count(counts.pendingPeople),
      caption: 'pending',
      full: false,
      aside: bookingsAside(counts.pendingPeople, counts.pending, 'request', 'requests'),
    })
  return out
}

/**
 * What a session row says to a screen reader and answers to by voice: the row's words in the order seen,
 * as one sentence, e.g. "9:00 AM to 10:00 AM, Vinyasa Flow, Now, Class, Maya Chen, Studio A, 12 of 20
 * booked, 3 checked in, 2 waitlist, 1 pending"; with how many bookings in brackets where the people are
 * more ("5 pending (3 requests)"). While its bookings are still loading it says so instead of numbers that
 * are not the whole truth yet.
 */
export function sessionLabel(
  session: SessionSummary,
  timing: SessionTiming | null,
  timeZone: string,
): string {
  const words = sessionRowWords(session, timing, timeZone)
  const parts = [
    `${words.start} ${words.end}`,
    words.title,
    ...words.badges.map((badge) => badge.text),
    ...words.details,
  ]
  if (!words.counts) parts.push('loading bookings')
  else for (const c of words.counts) parts.push(`${c.figure} ${c.caption}${c.aside ? ` (${c.aside})` : ''}`)
  return parts.join(', ')
}
