import type { BusinessDay } from '@shared/domain/business-day'
import type { AttendeeMatch } from './search'
import { bookingStatusName } from '../queries/session-facts'
import { attendanceBadge, matchLabel, shownDayWord } from './match-words'

export interface AttendeeOptionProps {
  id: string
  match: AttendeeMatch
  today: BusinessDay
  highlighted: boolean
  onPick: (match: AttendeeMatch) => void
  onHover: () => void
}

/**
 * One search result (an ARIA option: the input keeps focus and points here with aria-activedescendant). A
 * press opens the session's roster; mouse-down does not take focus from the box. Its name (matchLabel) reads
 * the words it shows in the order shown; the spaces between the parts keep those words apart in its text
 * (the layout, grid and flex, leaves them out).
 */
export function AttendeeOption({ id, match, today, highlighted, onPick, onHover }: AttendeeOptionProps) {
  const attendance = attendanceBadge(match)
  return (
    <li
      id={id}
      role="option"
      aria-selected={highlighted}
      aria-label={matchLabel(match, today)}
      className={`find__option${highlighted ? ' find__option--active' : ''}`}
      onMouseDown={(event) => event.preventDefault()}
      onMouseMove={highlighted ? undefined : onHover}
      onClick={() => onPick(match)}
    >
      <span className="find__person">
        <span className="find__name">{match.name}</span>
        {match.contactHint && (
          <>
            {' '}
            <span className="find__hint">{match.contactHint}</span>
          </>
        )}
      </span>{' '}
      <span className="find__session">
        {match.title} · {shownDayWord(match.day, today)} {match.startLabel}
      </span>{' '}
      <span className="find__badges">
        <span className={`find__badge find__badge--${match.status.toLowerCase()}`}>
          {bookingStatusName(match.status)}
        </span>
        {attendance && (
          <>
            {' '}
            <span className={`find__badge find__badge--${match.attendance.toLowerCase()}`}>{attendance}</span>
          </>
        )}
        {match.due && (
          <>
            {' '}
            <span className="find__badge find__badge--unpaid">{match.due}</span>
          </>
        )}
      </span>
    </li>
  )
}
