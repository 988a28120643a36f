import { formatBusinessDay } from '@shared/domain/business-day'
import { useLiveQuery } from 'dexie-react-hooks'
import { VisuallyHidden } from 'react-aria-components'
import { Link } from 'wouter'
import { useDb } from '../../db/DatabaseProvider'
import { useBusinessTimeZone, useClock, useTickingNow } from '../../frame/clock'
import { paths } from '../../frame/routes'
import { deskWhen } from '../../frame/time-words'
import { spotsLeftWords, waitlistWords } from '../../queries/session-count-words'
import { readSyncMemory } from '../../sync/sync-memory'
import { partyLabel } from '../roster/booking-words'
import { contactHref } from '@shared/domain/contact-links'
import { RECENT_DAYS, recentCancellations, spotState, type Cancellation } from './recent-cancellations'
import './cancellations.css'

/**
 * Recent cancellations: who canceled in the last days (newest first), how to reach them, the session each
 * freed and whether someone on its waitlist can have the spot. From the local store only.
 */
export function CancellationsView() {
  const db = useDb()
  const timeZone = useBusinessTimeZone()
  const clock = useClock()
  // Read again every minute (and at every store change): a cancel drops out of the days looked at.
  const minute = Math.floor(useTickingNow(60_000) / 60_000)
  const result = useLiveQuery(async () => {
    const [list, memory] = await Promise.all([recentCancellations(db, clock(), timeZone), readSyncMemory(db)])
    return { list, window: memory.window }
  }, [db, clock, timeZone, minute])

  return (
    <section className="cancellations" aria-labelledby="cancellations-title" aria-busy={!result}>
      <h2 id="cancellations-title" className="cancellations__title">
        Recent cancellations
      </h2>
      <p className="cancellations__intro">
        Bookings canceled in the last {RECENT_DAYS} days, newest first
        {result?.window &&
          `, for the sessions this computer keeps (${formatBusinessDay(result.window.first)} to ${formatBusinessDay(result.window.last)})`}
        . Declined requests are not listed: they were never booked.
      </p>
      {result &&
        (result.list.length === 0 ? (
          <p className="empty-note">No cancellations in the last {RECENT_DAYS} days</p>
        ) : (
          <ul className="cancellations__list" aria-label="Cancellations">
            {result.list.map((cancellation) => (
              <CancellationItem
                key={cancellation.bookingId}
                cancellation={cancellation}
                timeZone={timeZone}
              />
            ))}
          </ul>
        ))}
    </section>
  )
}

function CancellationItem({ cancellation, timeZone }: { cancellation: Cancellation; timeZone: string }) {
  const now = useTickingNow(60_000)
  const { contact, session } = cancellation
  const party = partyLabel(cancellation.party)
  const when = `${formatBusinessDay(session.day)}, ${session.timeLabel}`
  return (
    <li className="cancellation">
      <div className="cancellation__who">
        <h3 className="cancellation__name">{cancellation.name}</h3>
        <p className="cancellation__facts">
          <span>Canceled {deskWhen(cancellation.canceledAt, now, timeZone)}</span>
          {party && <span>{party}</span>}
          {cancellation.waiting && (
            <span className="cancellation__waiting">
              <span aria-hidden="true">⟳ </span>Waiting to sync
            </span>
          )}
        </p>
        <ul className="cancellation__contact" aria-label={`Contact ${cancellation.name}`}>
          {contact.email && (
            <li>
              <span className="cancellation__label">E-mail </span>
              <a href={contactHref('email', contact.email)}>{contact.email}</a>
            </li>
          )}
          {contact.phone && (
            <li>
              <span className="cancellation__label">Phone </span>
              <a href={contactHref('phone', contact.phone)}>{contact.phone}</a>
            </li>
          )}
          {!contact.email && !contact.phone && <li>No e-mail or phone on the booking</li>}
        </ul>
      </div>
      <div className="cancellation__session">
        <p className="cancellation__freed">
          {session.eventId ? (
            <Link href={paths.session(session.eventId)}>
              {session.title}, {when}
            </Link>
          ) : (
            <span>
              {session.title}, {when}
            </span>
          )}
          {session.staff && <span className="cancellation__staff"> with {session.staff}</span>}
        </p>
        <SpotLine cancellation={cancellation} />
      </div>
    </li>
  )
}

/** Whether the freed spot can be filled, and from where. */
function SpotLine({ cancellation }: { cancellation: Cancellation }) {
  const { session } = cancellation
  const spot = spotState(session)
  switch (spot.kind) {
    case 'session-canceled':
      return <p className="cancellation__spot">The session itself was canceled on Wix</p>
    case 'over':
      return <p className="cancellation__spot">The session is over</p>
    case 'unknown':
      return null
    case 'open': {
      const left = spotsLeftWords(spot.summary)
      return <p className="cancellation__spot">Nobody on the waitlist{left ? `, ${left}` : ''}</p>
    }
    case 'waitlist':
      return (
        <p className="cancellation__spot cancellation__spot--fill">
          <Link href={paths.sessionWaitlist(spot.summary.id)} className="button">
            {waitlistWords(spot.summary.counts)}
            <VisuallyHidden>
              {' '}
              for {session.title}, {formatBusinessDay(session.day)}, {session.timeLabel}
            </VisuallyHidden>
          </Link>
        </p>
      )
  }
}
