import { useCallback, useState, type KeyboardEvent, type ReactNode } from 'react'
import { Button } from 'react-aria-components'
import type { RosterEntry, SessionSummary } from '../../queries/roster-view'
import { VirtualList } from '../../ui/VirtualList'
import { isTypingTarget } from '../shortcuts/useGlobalShortcuts'
import { useUndoStore } from '../../desk-actions/undo-store'
import { attendanceChoices } from '../../desk-actions/attendance-choices'
import { useDeskUi } from '../../state/desk-ui'
import { isCancelable, isVisitPart } from '../decisions/CancelButton'
import { DecisionDialog } from '../decisions/DecisionDialog'
import { sessionLine } from '../decisions/session-line'
import { BookedRow } from './BookedRow'
import { useDeskActions } from '../../desk-actions/useDeskActions'
import { useShownAttendees } from '../../sync/usePendingAttendance'
import type { AttendanceTarget } from '../../sync/actions'
import { bookingsLoadingWords } from '../../queries/session-count-words'
import { useSyncState } from '../../sync/SyncEngineProvider'
import { RosterNumbers } from './RosterHeader'

/**
 * Fixed row height (px) of the Booked list: two lines of text and 40-px buttons, so a 1024×640 laptop shows
 * eight people and more (issue 21).
 */
export const BOOKED_ROW_HEIGHT = 48

export interface BookedSectionProps {
  session: SessionSummary
  attendees: readonly RosterEntry[]
  /** Bookings with a change waiting under Needs attention. */
  attention: ReadonlySet<string>
  /** The roster's other sections, after the list in its scroller: the roster scrolls in one region. */
  after?: ReactNode
}

/**
 * The people booked into the session, by name: check in, undo, no-show, one by one or many at once. A
 * virtual list (a 500-person event stays smooth) with the roster's keys: ↑/↓ between people, Enter on the
 * row's button, X selects, N marks a no-show (or clears it), P opens the person's card, C cancels (asking
 * first).
 */
export function BookedSection({ session, attendees: stored, attention, after }: BookedSectionProps) {
  const actions = useDeskActions()
  // Attendance is per session (a course booking is checked in session by session): every target names it.
  const targets = useCallback(
    (entries: readonly RosterEntry[]) =>
      entries.map((e) => ({ bookingId: e.booking.id, eventId: session.id })),
    [session.id],
  )
  // What the desk just pressed, over what the store has so far: every choice below goes by what is shown.
  const attendees = useShownAttendees(session.id, stored)
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set())
  // People who left the list (canceled, moved) simply stop counting: the selection is what is still shown.
  const chosen = attendees.filter((e) => selected.has(e.booking.id))
  const notCheckedIn = attendees.filter((e) => e.attendance !== 'ATTENDED')

  // Stable across renders (BookedRow is memoized): they read the entry they are given, nothing else.
  const toggle = useCallback(
    (entry: RosterEntry) =>
      setSelected((previous) => {
        const next = new Set(previous)
        if (!next.delete(entry.booking.id)) next.add(entry.booking.id)
        return next
      }),
    [],
  )

  const primary = useCallback(
    (entry: RosterEntry, arrived?: number) => {
      if (entry.attendance === 'ATTENDED') return void actions?.undoCheckIn(targets([entry]))
      // Part of a party: how many came goes with the check-in (Wix's numberOfAttendees, issue 19 case 6).
      const target: AttendanceTarget = { bookingId: entry.booking.id, eventId: session.id }
      if (arrived !== undefined) target.numberOfAttendees = arrived
      void actions?.checkIn([target])
    },
    [actions, targets, session.id],
  )

  // Mark a no-show, or clear one (at any time: issue 21), as attendance-choices.ts says for the row.
  const noShow = useCallback(
    (entry: RosterEntry) => void actions?.[attendanceChoices(entry.attendance).noShow](targets([entry])),
    [actions, targets],
  )

  // The Cancel dialog (issue 21): the person whose booking the desk is about to cancel, if any.
  const [canceling, setCanceling] = useState<RosterEntry | null>(null)

  const checkInSelected = async () => {
    const due = chosen.filter((e) => e.attendance !== 'ATTENDED')
    if (!due.length) {
      useUndoStore.getState().notify({ tone: 'info', title: 'Everyone selected is already checked in' })
      setSelected(new Set())
      return
    }
    if (await actions?.checkIn(targets(due))) setSelected(new Set())
  }

  const onRowKey = (event: KeyboardEvent, entry: RosterEntry) => {
    if (isTypingTarget(event.target)) return false
    const key = event.key.toLowerCase()
    if (key === 'x') toggle(entry)
    else if (key === 'n') noShow(entry)
    else if (key === 'p') useDeskUi.getState().openPerson(entry.booking.id)
    else if (key === 'c' && isCancelable(entry.booking)) setCanceling(entry)
    else return false
    return true
  }

  return (
    <section className="roster-section" aria-labelledby="roster-booked">
      <div className="roster-section__head">
        <h3 id="roster-booked" className="roster-section__title">
          Booked
        </h3>
        <RosterNumbers session={session} attendees={stored} />
        <div className="roster-toolbar">
          {chosen.length > 0 && (
            <Button className="button button--quiet" onPress={() => setSelected(new Set())}>
              Clear selection
            </Button>
          )}
          <Button
            className="button"
            isDisabled={!chosen.length || !actions}
            onPress={() => void checkInSelected()}
          >
            Check in selected ({chosen.length})
          </Button>
          <Button
            className="button"
            isDisabled={!notCheckedIn.length || !actions}
            onPress={() => void actions?.checkIn(targets(notCheckedIn))}
          >
            Check in all
          </Button>
        </div>
      </div>
      {!session.bookingsLoaded && attendees.length > 0 && (
        <p className="roster-loading-note">
          <BookingsLoading />: more people may appear.
        </p>
      )}
      <VirtualList
        label="Booked"
        items={attendees}
        getKey={(entry) => entry.booking.id}
        rowHeight={BOOKED_ROW_HEIGHT}
        className="roster-booked"
        onRowKey={onRowKey}
        after={after}
        empty={
          session.bookingsLoaded ? (
            <p className="roster-empty">Nobody is booked into this session.</p>
          ) : (
            <p className="roster-empty">
              <BookingsLoading />…
            </p>
          )
        }
        renderRow={(entry) => (
          <BookedRow
            entry={entry}
            selected={selected.has(entry.booking.id)}
            needsAttention={attention.has(entry.booking.id)}
            ready={actions !== null}
            onToggle={toggle}
            onPrimary={primary}
            onNoShow={noShow}
            onCancel={setCanceling}
          />
        )}
      />
      {canceling && (
        <DecisionDialog
          kind="cancel"
          booking={{
            id: canceling.booking.id,
            name: canceling.name,
            sessionLine: sessionLine(session),
            eventId: session.id,
            wholeVisit: isVisitPart(canceling.booking),
          }}
          isOpen
          onClose={() => setCanceling(null)}
        />
      )}
    </section>
  )
}

/** What the Booked list says while the session's bookings are still coming in, and how far they are. */
function BookingsLoading() {
  const { progress } = useSyncState()
  return <>{bookingsLoadingWords(progress)}</>
}
