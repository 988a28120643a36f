import { useLiveQuery } from 'dexie-react-hooks'
import { Link } from 'wouter'
import { useBusinessTimeZone } from '../../frame/clock'
import { paths } from '../../frame/routes'
import { useDb } from '../../db/DatabaseProvider'
import { sessionRoster, type RosterEntry } from '../../queries/roster-view'
import { useSyncValue } from '../../sync/SyncEngineProvider'
import { useSessionDayState } from '../../sync/useDayLoaded'
import { DecisionDialog } from '../decisions/DecisionDialog'
import type { DecisionKind } from '../decisions/decision-types'
import { sessionLine } from '../decisions/session-line'
import { useDecision } from '../decisions/useDecision'
import { bookingsNeedingAttention } from '../../sync/outbox-queries'
import { BookedSection } from './BookedSection'
import { CheckoutSection } from './CheckoutSection'
import { InactiveSection } from './InactiveSection'
import { PendingSection } from './PendingSection'
import { RosterHeader } from './RosterHeader'
import { WaitlistSection } from './WaitlistSection'
import './roster.css'

const NO_ATTENTION: ReadonlySet<string> = new Set()

/**
 * One session's roster, from the local store only (so it works the same offline): who is booked and who
 * is in, the requests to decide, the waitlist in order, checkouts not finished, and what was canceled. Every action is recorded
 * here first and shows "Waiting to sync" until Wix has it.
 */
export function RosterView({
  eventId,
  focus,
}: {
  eventId: string
  /** Opened to fill a spot (from Recent cancellations): the waitlist's heading takes the focus. */
  focus?: 'waitlist'
}) {
  const db = useDb()
  const timeZone = useBusinessTimeZone()
  // The session's day state read apart (useDayLoaded.ts): the roster is not read again each time a first
  // sync writes down another day it has finished.
  const dayState = useSessionDayState(db, eventId)
  const roster = useLiveQuery(
    () => (dayState === undefined ? undefined : sessionRoster(db, eventId, timeZone, dayState ?? undefined)),
    [db, eventId, timeZone, dayState],
  )
  const attention = useLiveQuery(() => bookingsNeedingAttention(db), [db]) ?? NO_ATTENTION
  const { decision, open, close } = useDecision()

  // Still reading: an empty frame of the same shape, so nothing jumps when the roster arrives.
  if (roster === undefined) return <section className="roster" aria-busy="true" aria-label="Roster" />
  if (roster === null) return <NotHere />

  const { session } = roster
  const decide = (kind: DecisionKind, entry: RosterEntry) =>
    open(kind, {
      id: entry.booking.id,
      name: entry.name,
      sessionLine: sessionLine(session),
      eventId: session.id,
    })

  return (
    <section className="roster" aria-labelledby="roster-title">
      <RosterHeader session={session} />
      {/* One scroller for the whole roster (issue 21): the Booked list, then the requests, the waitlist,
          unfinished checkouts and what was canceled, after it in the same region. */}
      <BookedSection
        session={session}
        attendees={roster.attendees}
        attention={attention}
        after={
          <div className="roster-after">
            <PendingSection pending={roster.pending} attention={attention} onDecide={decide} />
            <WaitlistSection
              session={session}
              waitlist={roster.waitlist}
              attention={attention}
              onDecide={decide}
              focusOnOpen={focus === 'waitlist'}
            />
            <CheckoutSection unfinished={roster.checkoutUnfinished} attention={attention} />
            <InactiveSection inactive={roster.inactive} attention={attention} />
          </div>
        }
      />
      {decision && <DecisionDialog {...decision} isOpen onClose={close} />}
    </section>
  )
}

/** Not in the store: outside the synced days, gone from Wix, or the first sync is still running. */
function NotHere() {
  const hasData = useSyncValue((state) => state.hasData)
  return (
    <section className="roster roster--missing" aria-labelledby="roster-missing">
      <h2 id="roster-missing" className="roster-header__title">
        Session not found
      </h2>
      <p>This session is not on this computer: it may be outside the synced days</p>
      {!hasData && <p>The first sync is still running; it may arrive in a moment.</p>}
      <Link href={paths.today} className="button roster-missing__back">
        Back to Today
      </Link>
    </section>
  )
}
