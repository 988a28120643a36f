import { Fragment } from 'react'
import { Link } from 'wouter'
import { paths } from '../../frame/routes'
import type { SessionSummary } from '../../queries/roster-view'
import { sessionLabel, sessionRowWords, type SessionRowCount } from './session-label'
import type { SessionTiming } from './session-timing'

export interface SessionRowProps {
  session: SessionSummary
  /** Against the clock; null when the day shown is not today. */
  timing: SessionTiming | null
  timeZone: string
}

/**
 * One session of the day as a link to its roster (Enter opens it; the list's arrows move between them). What
 * is seen is laid out for a glance; the link's name reads the same words in the same order (sessionLabel).
 * The spaces between the parts are for the words of the text (the layout is grid and flex, which leaves
 * them out), so that no two parts run together into one word.
 */
export function SessionRow({ session, timing, timeZone }: SessionRowProps) {
  const words = sessionRowWords(session, timing, timeZone)
  const classes = ['session-row']
  if (timing) classes.push(`session-row--${timing}`)
  if (session.canceled) classes.push('session-row--canceled')
  return (
    <Link
      href={paths.session(session.id)}
      data-row-primary=""
      className={classes.join(' ')}
      aria-label={sessionLabel(session, timing, timeZone)}
    >
      <span className="session-row__time">
        <span className="session-row__start">{words.start}</span>{' '}
        <span className="session-row__end">{words.end}</span>
      </span>{' '}
      <span className="session-row__what">
        <span className="session-row__title-line">
          <span className="session-row__title">{words.title}</span>
          {words.badges.map((badge) => (
            <Fragment key={badge.kind}>
              {' '}
              <span className={`session-row__badge session-row__badge--${badge.kind}`}>{badge.text}</span>
            </Fragment>
          ))}
        </span>{' '}
        <span className="session-row__details">{words.details.join(' · ')}</span>
      </span>{' '}
      <span className="session-row__counts">
        {words.counts ? (
          words.counts.map((c) => <SessionCount key={c.kind} count={c} />)
        ) : (
          <span className="session-row__count session-row__count--loading">
            <span className="session-row__figure">…</span>{' '}
            <span className="session-row__caption">loading</span>
          </span>
        )}
      </span>
    </Link>
  )
}

/** One number of a session whose bookings are all in: its figure over its caption. */
function SessionCount({ count }: { count: SessionRowCount }) {
  const classes = ['session-row__count']
  if (count.full) classes.push('session-row__count--full')
  if (count.kind === 'pending') classes.push('session-row__count--pending')
  return (
    <>
      {' '}
      <span className={classes.join(' ')}>
        <span className="session-row__figure">{count.figure}</span>{' '}
        <span className="session-row__caption">{count.caption}</span>
      </span>
    </>
  )
}
