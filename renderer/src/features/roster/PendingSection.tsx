import { DECIDED_AT_DESK } from '@shared/domain/booking-lifecycle'
import { useBusinessTimeZone } from '../../frame/clock'
import type { RosterEntry } from '../../queries/roster-view'
import { DecisionButtons } from '../decisions/DecisionButtons'
import type { DecisionKind } from '../decisions/decision-types'
import { EntryFacts } from './EntryFacts'
import { timeAgo } from '../../frame/time-words'
import { useTickingNow } from '../../frame/clock'

export interface PendingSectionProps {
  pending: readonly RosterEntry[]
  attention: ReadonlySet<string>
  onDecide: (kind: DecisionKind, entry: RosterEntry) => void
}

/** The session's requests waiting for the desk (oldest first): each opens the decision dialog. */
export function PendingSection({ pending, attention, onDecide }: PendingSectionProps) {
  const now = useTickingNow(60_000)
  const timeZone = useBusinessTimeZone()
  if (!pending.length) return null
  return (
    <section className="roster-section" aria-labelledby="roster-pending">
      <h3 id="roster-pending" className="roster-section__title">
        Pending requests <span className="roster-section__count">({pending.length})</span>
      </h3>
      <ul className="roster-list">
        {pending.map((entry) => (
          <li key={entry.booking.id} className="roster-item">
            <div className="roster-item__who">
              <span className="roster-item__name">{entry.name}</span>
              <EntryFacts entry={entry} needsAttention={attention.has(entry.booking.id)} />
              <span className="roster-item__when">
                Requested {timeAgo(entry.booking.createdDate, now, timeZone)}
              </span>
            </div>
            {DECIDED_AT_DESK.has(entry.booking.status) && (
              <DecisionButtons name={entry.name} onDecide={(kind) => onDecide(kind, entry)} />
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
