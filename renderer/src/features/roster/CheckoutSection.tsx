import type { RosterEntry } from '../../queries/roster-view'
import { EntryFacts } from './EntryFacts'

export interface CheckoutSectionProps {
  unfinished: readonly RosterEntry[]
  attention: ReadonlySet<string>
}

/**
 * CREATED bookings (issue 19 case 1): the customer started booking online and has not finished the checkout.
 * They hold no spot, are nobody's request yet and are never offered Confirm or Decline: Wix confirms them
 * when the checkout ends, or drops them, and the next pull shows which. Quiet and closed by default.
 */
export function CheckoutSection({ unfinished, attention }: CheckoutSectionProps) {
  if (!unfinished.length) return null
  return (
    <section className="roster-section" aria-label="Checkout not finished">
      <details className="roster-inactive">
        <summary className="roster-inactive__summary">Checkout not finished ({unfinished.length})</summary>
        <p className="roster-section__note">
          These customers started booking online but have not finished paying. They do not hold a spot and
          there is nothing to confirm: Wix books them when they finish, and they then appear under Booked.
        </p>
        <ul className="roster-list">
          {unfinished.map((entry) => (
            <li key={entry.booking.id} className="roster-item roster-item--checkout">
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
