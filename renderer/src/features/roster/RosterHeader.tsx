import { formatBusinessDay } from '@shared/domain/business-day'
import { useEffect, useRef } from 'react'
import { Link } from 'wouter'
import { useBusinessToday } from '../../frame/clock'
import { paths } from '../../frame/routes'
import { kindName } from '../../queries/session-facts'
import type { RosterEntry, SessionSummary } from '../../queries/roster-view'
import {
  bookedWords,
  bookingsLoadingWords,
  pendingWords,
  sessionFullWords,
  spotsLeftWords,
  waitlistWords,
} from '../../queries/session-count-words'
import { useSyncState } from '../../sync/SyncEngineProvider'
import { pendingCheckedIn } from '../../sync/pending-attendance'
import { useSessionPending } from '../../sync/usePendingAttendance'

/**
 * What session this is, at a glance from across the desk: title, when, what kind, who teaches, where, with
 * the way back to its day, in as few lines as the width allows (a 1024×640 laptop shows the roster's rows,
 * issue 21). How full it is and how many are in heads the Booked list (`RosterNumbers`).
 */
export function RosterHeader({ session }: { session: SessionSummary }) {
  const today = useBusinessToday()
  const title = useRef<HTMLHeadingElement>(null)
  // Opening a session from Today unmounts the link that had focus, which leaves it on the page itself: it
  // goes to the session's title instead, so a screen reader says where the desk is and Tab starts here.
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body)
      title.current?.focus({ preventScroll: true })
  }, [session.id])
  const day = formatBusinessDay(session.day)
  return (
    <div className="roster-header">
      <Link
        href={session.day === today ? paths.today : paths.day(session.day)}
        className="roster-header__back"
      >
        <span aria-hidden="true">←&nbsp;</span>Back to {day}
      </Link>
      <h2 id="roster-title" className="roster-header__title" ref={title} tabIndex={-1}>
        {session.title}
      </h2>
      <p className="roster-header__when">
        {day}, {session.timeLabel}
      </p>
      <ul className="roster-header__facts" aria-label="About this session">
        <li>{kindName(session.kind)}</li>
        {session.staff && <li>{session.staff}</li>}
        {session.location && <li>{session.location}</li>}
      </ul>
      <Link href={paths.sessionSheet(session.id)} className="button roster-header__sheet">
        Sign-in sheet
      </Link>
      {session.canceled && (
        <p className="roster-header__canceled" role="note">
          This session was canceled on Wix.
        </p>
      )}
    </div>
  )
}

/** How full the session is and how many are in (or, until its bookings are all in, how far they are). */
export function RosterNumbers({
  session,
  attendees,
}: {
  session: SessionSummary
  /** The Booked list as stored, to count what the desk just pressed before the store has it. */
  attendees: readonly RosterEntry[]
}) {
  return session.bookingsLoaded ? <RosterCounts session={session} attendees={attendees} /> : <RosterLoading />
}

/** How full the session is and how many are in, by the counting rule (session-counts). */
function RosterCounts({
  session,
  attendees,
}: {
  session: SessionSummary
  attendees: readonly RosterEntry[]
}) {
  const pressed = useSessionPending(session.id)
  const pending = pendingWords(session.counts)
  const waitlist = waitlistWords(session.counts)
  const checkedIn = pendingCheckedIn(session.counts.checkedIn, attendees, pressed)
  const full = sessionFullWords(session)
  const left = spotsLeftWords(session)
  return (
    <ul className="roster-header__counts" aria-label="Numbers">
      <li className="roster-header__count">{bookedWords(session)}</li>
      {full ? (
        <li className="roster-header__count roster-header__count--full">{full}</li>
      ) : (
        left && <li className="roster-header__count">{left}</li>
      )}
      <li className="roster-header__count">{checkedIn} checked in</li>
      {pending && <li className="roster-header__count">{pending}</li>}
      {waitlist && <li className="roster-header__count">{waitlist}</li>}
    </ul>
  )
}

/** Until the session's bookings are all in: that they are loading, and how far, instead of numbers. */
function RosterLoading() {
  const { progress } = useSyncState()
  return <p className="roster-header__loading">{bookingsLoadingWords(progress)}</p>
}
