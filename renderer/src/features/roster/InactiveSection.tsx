import type { RosterEntry } from '../../queries/roster-view'
import { EntryFacts } from './EntryFacts'

export interface InactiveSectionProps {
  inactive: readonly RosterEntry[]
  attention: ReadonlySet<string>
}

/** Canceled and declined bookings, for the record (someone at the desk asking "was I booked?"); read-only. */
export function InactiveSection({ inactive, attention }: InactiveSectionProps) {
  if (!inactive.length) return null
  return (
    <section className="roster-section" aria-label="Canceled and declined">
      <details className="roster-inactive">
        <summary className="roster-inactive__summary">Canceled and declined ({inactive.length})</summary>
        <ul className="roster-list">
          {inactive.map((entry) => (
            <li key={entry.booking.id} className="roster-item roster-item--inactive">
              <div className="roster-item__who">
                <span className="roster-item__name">{entry.name}</span>
                <EntryFacts entry={entry} needsAttention={attention.has(entry.booking.id)} />
              </div>
            </li>
          ))}
        </ul>
      </details>
    </section>
  )
}
