import type { BusinessDay } from '@shared/domain/business-day'
import type { AttendeeMatch } from './search'
import { bookingStatusName } from '../queries/session-facts'
import { attendanceWords, dayWord, matchLabel } from './match-words'

export interface AttendeeOptionProps {
  id: string
  match: AttendeeMatch
  today: BusinessDay
  highlighted: boolean
  onPick: (match: AttendeeMatch) => void
  onHover: () => void
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * One search result (an ARIA option: the input keeps focus and points here with aria-activedescendant). A
 * press opens the session's roster; mouse-down does not take focus from the box.
 */
export function AttendeeOption({ id, match, today, highlighted, onPick, onHover }: AttendeeOptionProps) {
  const attendance = attendanceWords(match)
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
        {match.contactHint && <span className="find__hint">{match.contactHint}</span>}
      </span>
      <span className="find__session">
        {match.title} · {capitalized(dayWord(match.day, today))} {match.startLabel}
      </span>
      <span className="find__badges">
        <span className={`find__badge find__badge--${match.status.toLowerCase()}`}>
          {bookingStatusName(match.status)}
        </span>
        {attendance && attendance !== 'not checked in' && (
          <span className={`find__badge find__badge--${match.attendance.toLowerCase()}`}>
            {capitalized(attendance)}
          </span>
        )}
        {match.due && <span className="find__badge find__badge--unpaid">{match.due}</span>}
      </span>
    </li>
  )
}
