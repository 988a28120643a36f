import { Link } from 'wouter'
import { paths } from '../../frame/routes'
import { kindName, timeOfDay } from '../../queries/session-facts'
import type { SessionSummary } from '../../queries/roster-view'
import { bookedFigure, sessionFullWords } from '../../queries/session-count-words'
import { sessionLabel } from './session-label'
import type { SessionTiming } from './session-timing'

export interface SessionRowProps {
  session: SessionSummary
  /** Against the clock; null when the day shown is not today. */
  timing: SessionTiming | null
  timeZone: string
}

const TIMING_BADGES: Partial<Record<SessionTiming, string>> = { now: 'Now', next: 'Next' }

/**
 * One session of the day as a link to its roster (Enter opens it; the list's arrows move between them). The
 * link's name is the whole row as a sentence (sessionLabel); what is seen is laid out for a glance.
 */
export function SessionRow({ session, timing, timeZone }: SessionRowProps) {
  const full = session.bookingsLoaded ? sessionFullWords(session) : null
  const badge = timing ? TIMING_BADGES[timing] : undefined
  const classes = ['session-row']
  if (timing) classes.push(`session-row--${timing}`)
  if (session.canceled) classes.push('session-row--canceled')
  return (
    <Link
      href={paths.session(session.id)}
      data-row-primary=""
      className={classes.join(' ')}
      aria-label={sessionLabel(session, timing)}
    >
      <span className="session-row__time">
        <span className="session-row__start">{session.startLabel}</span>
        <span className="session-row__end">to {timeOfDay(session.endUtc, timeZone)}</span>
      </span>
      <span className="session-row__what">
        <span className="session-row__title-line">
          <span className="session-row__title">{session.title}</span>
          {badge && <span className={`session-row__badge session-row__badge--${timing}`}>{badge}</span>}
          {session.canceled && (
            <span className="session-row__badge session-row__badge--canceled">Canceled</span>
          )}
        </span>
        <span className="session-row__details">
          {[kindName(session.kind), session.staff, session.location].filter(Boolean).join(' · ')}
        </span>
      </span>
      {session.bookingsLoaded ? (
        <SessionCounts session={session} full={full} />
      ) : (
        <span className="session-row__counts">
          <span className="session-row__count session-row__count--loading">
            <span className="session-row__figure">…</span>
            <span className="session-row__caption">loading</span>
          </span>
        </span>
      )}
    </Link>
  )
}

/**
 * The numbers of a session whose bookings are all in: booked (or full), checked in, waitlist, pending — all
 * people, party sizes counted (the row's name says how many bookings when that differs).
 */
function SessionCounts({ session, full }: { session: SessionSummary; full: string | null }) {
  const { counts } = session
  return (
    <span className="session-row__counts">
      <span className={`session-row__count${full ? ' session-row__count--full' : ''}`}>
        <span className="session-row__figure">{bookedFigure(session)}</span>
        <span className="session-row__caption">{full ?? 'booked'}</span>
      </span>
      <span className="session-row__count">
        <span className="session-row__figure">{counts.checkedIn}</span>
        <span className="session-row__caption">checked in</span>
      </span>
      {counts.waitlist > 0 && (
        <span className="session-row__count">
          <span className="session-row__figure">{counts.waitlistPeople}</span>
          <span className="session-row__caption">waitlist</span>
        </span>
      )}
      {counts.pending > 0 && (
        <span className="session-row__count session-row__count--pending">
          <span className="session-row__figure">{counts.pendingPeople}</span>
          <span className="session-row__caption">pending</span>
        </span>
      )}
    </span>
  )
}
