import { useEffect, useRef, useState } from 'react'
import { Button, VisuallyHidden } from 'react-aria-components'
import { useBusinessTimeZone } from '../../frame/clock'
import { isFull, type RosterEntry, type SessionSummary } from '../../queries/roster-view'
import type { DecisionKind } from '../decisions/decision-types'
import { useDeskActions } from '../../desk-actions/useDeskActions'
import { EntryFacts } from './EntryFacts'
import { OverCapacityDialog } from './OverCapacityDialog'
import { timeAgo } from '../../frame/time-words'
import { useTickingNow } from '../../frame/clock'

export interface WaitlistSectionProps {
  session: SessionSummary
  waitlist: readonly RosterEntry[]
  attention: ReadonlySet<string>
  onDecide: (kind: DecisionKind, entry: RosterEntry) => void
  /** Focus the heading (and bring it into view) when the section first shows: the roster opened at it. */
  focusOnOpen?: boolean
}

/**
 * Focuses `element` and scrolls the screen's own scroller (not the frame around it, which would take the header
 * and the screens off the window as `scrollIntoView` does) so that it is at the top.
 */
function bringToTop(element: HTMLElement) {
  element.focus({ preventScroll: true })
  let scroller = element.parentElement
  while (scroller && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowY))
    scroller = scroller.parentElement
  if (scroller)
    scroller.scrollTop += element.getBoundingClientRect().top - scroller.getBoundingClientRect().top
}

/**
 * The waitlist in order, first come first served (the position is shown). Moving someone to booked happens
 * at once while there is room; a full session asks first (see OverCapacityDialog).
 */
export function WaitlistSection({
  session,
  waitlist,
  attention,
  onDecide,
  focusOnOpen = false,
}: WaitlistSectionProps) {
  const { move, overCapacity, ready } = useWaitlistMove()
  const now = useTickingNow(60_000)
  const timeZone = useBusinessTimeZone()
  const heading = useRef<HTMLHeadingElement>(null)
  const shown = waitlist.length > 0
  useEffect(() => {
    if (focusOnOpen && shown && heading.current) bringToTop(heading.current)
  }, [focusOnOpen, shown])
  if (!shown) return null

  return (
    <section className="roster-section" aria-labelledby="roster-waitlist">
      <h3 id="roster-waitlist" className="roster-section__title" ref={heading} tabIndex={-1}>
        Waitlist <span className="roster-section__count">({waitlist.length})</span>
      </h3>
      <ol className="roster-list">
        {waitlist.map((entry, index) => (
          <li key={entry.booking.id} className="roster-item">
            <span className="roster-item__position">{index + 1}</span>
            <div className="roster-item__who">
              <span className="roster-item__name">{entry.name}</span>
              <EntryFacts entry={entry} showStatus={false} needsAttention={attention.has(entry.booking.id)} />
              <span className="roster-item__when">
                Joined {timeAgo(entry.booking.createdDate, now, timeZone)}
              </span>
            </div>
            <div className="button-row">
              <Button
                className="button button--primary"
                isDisabled={!ready}
                onPress={() => move(session, entry)}
              >
                Move
                <VisuallyHidden> {entry.name} from waitlist</VisuallyHidden> to booked
              </Button>
              <Button
                className="button"
                aria-label={`Decline waitlist booking for ${entry.name}`}
                onPress={() => onDecide('decline', entry)}
              >
                Decline
              </Button>
            </div>
          </li>
        ))}
      </ol>
      {overCapacity}
    </section>
  )
}

/**
 * Moving someone from the waitlist to booked, the one rule for the roster and the person's card: at once
 * while there is room; a full session asks first (OverCapacityDialog, `overCapacity` to render).
 */
export function useWaitlistMove() {
  const actions = useDeskActions()
  const [asking, setAsking] = useState<{ session: SessionSummary; entry: RosterEntry } | null>(null)
  const promote = (entry: RosterEntry, override: boolean) =>
    void actions?.promoteFromWaitlist(entry.booking.id, { override })
  const move = (session: SessionSummary, entry: RosterEntry) => {
    if (isFull(session, entry.booking.participants)) setAsking({ session, entry })
    else promote(entry, false)
  }
  const overCapacity = asking && (
    <OverCapacityDialog
      session={asking.session}
      entry={asking.entry}
      isOpen
      onClose={() => setAsking(null)}
      onOverride={() => {
        setAsking(null)
        promote(asking.entry, true)
      }}
    />
  )
  return { move, overCapacity, ready: actions !== null }
}
