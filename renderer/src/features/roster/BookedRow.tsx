import { memo, useId, useRef, useState } from 'react'
import { Button, Checkbox } from 'react-aria-components'
import { ATTENDANCE_BUTTONS, attendanceChoices } from '../../desk-actions/attendance-choices'
import type { RosterEntry } from '../../queries/roster-view'
import { useDeskUi } from '../../state/desk-ui'
import { RescheduleButton } from '../reschedule/RescheduleDialog'
import { CancelButton } from '../decisions/CancelButton'
import { EntryFacts } from './EntryFacts'
import { enterPressesOnKeyDown } from '../../ui/enter-on-key-down'

export interface BookedRowProps {
  entry: RosterEntry
  selected: boolean
  needsAttention: boolean
  /** The engine is running (actions can be recorded). */
  ready: boolean
  onToggle: (entry: RosterEntry) => void
  /**
   * Check in (`arrived`: how many of a party came, when fewer than booked), or undo the check-in when
   * already checked in.
   */
  onPrimary: (entry: RosterEntry, arrived?: number) => void
  /** Mark a no-show, or clear it when marked (attendance-choices.ts). */
  onNoShow: (entry: RosterEntry) => void
  /** Open the Cancel dialog for this person's booking (issue 21). */
  onCancel: (entry: RosterEntry) => void
}

/**
 * One booked person: select box, name (it opens the person's card) and facts, then the row's primary button
 * (check in ↔ undo) and the no-show button (mark ↔ clear), as attendance-choices.ts says. Checked in shows as a tick, the words "Checked in" and a bar, so it never relies on colour.
 * Memoized: a press re-renders the pressed row only, so it is painted in the frame of the press (the
 * callbacks it gets are stable; the entry object changes only when that person's row does).
 */
export const BookedRow = memo(function BookedRow({
  entry,
  selected,
  needsAttention,
  ready,
  onToggle,
  onPrimary,
  onNoShow,
  onCancel,
}: BookedRowProps) {
  const { name, attendance } = entry
  const party = entry.booking.participants
  const [arrived, setArrived] = useState(party)
  const arrivedId = useId()
  const checkedIn = attendance === 'ATTENDED'
  const noShow = attendance === 'NOT_ATTENDED'
  const choices = attendanceChoices(attendance)
  const primary = useRef<HTMLButtonElement>(null)
  const state = checkedIn ? ' booked-row--in' : noShow ? ' booked-row--no-show' : ''
  const press = () => onPrimary(entry, !checkedIn && party > 1 && arrived < party ? arrived : undefined)
  return (
    <div className={`booked-row${state}${selected ? ' booked-row--selected' : ''}`}>
      <Checkbox
        className="booked-row__select"
        aria-label={`Select ${name}`}
        isSelected={selected}
        onChange={() => onToggle(entry)}
      >
        <span className="select-box" aria-hidden="true">
          {selected ? '✓' : ''}
        </span>
      </Checkbox>
      <div className="booked-row__who">
        <Button
          className="booked-row__open text-button"
          aria-label={`${name}, open card`}
          aria-haspopup="dialog"
          onPress={() => useDeskUi.getState().openPerson(entry.booking.id)}
        >
          <span className="booked-row__name">{name}</span>
        </Button>
        <EntryFacts entry={entry} showAttendance needsAttention={needsAttention} />
      </div>
      {/* Enter on the row's button checks in as the key goes down (a native button's way), not on its release. */}
      <div className="booked-row__buttons" onKeyDownCapture={enterPressesOnKeyDown(primary, press, ready)}>
        {party > 1 && !checkedIn && (
          // A party may not all come (issue 19 case 6): how many arrived goes with the check-in.
          <select
            id={arrivedId}
            className="booked-row__arrived"
            aria-label={`How many of ${name}'s party of ${party} arrived`}
            value={Math.min(arrived, party)}
            onChange={(event) => setArrived(Number(event.target.value))}
          >
            {Array.from({ length: party }, (_, i) => party - i).map((n) => (
              <option key={n} value={n}>
                {n} of {party} arrived
              </option>
            ))}
          </select>
        )}
        <Button
          className={`button booked-row__primary${checkedIn ? '' : ' button--primary'}`}
          ref={primary}
          data-row-primary=""
          aria-label={ATTENDANCE_BUTTONS[choices.primary].name(name)}
          isDisabled={!ready}
          onPress={press}
        >
          {ATTENDANCE_BUTTONS[choices.primary].label}
        </Button>
        <Button
          className="button button--quiet"
          aria-label={ATTENDANCE_BUTTONS[choices.noShow].name(name)}
          isDisabled={!ready}
          onPress={() => {
            // The button changes once pressed (mark ↔ clear): keep the focus in the row.
            primary.current?.focus()
            onNoShow(entry)
          }}
        >
          {ATTENDANCE_BUTTONS[choices.noShow].label}
        </Button>
        {/* Reschedule (issue 19 case 3): only on a booking the desk may move. */}
        <RescheduleButton booking={entry.booking} name={name} ready={ready} />
        {/* Cancel (issue 21, `C`): asks first, in the Cancel dialog. */}
        <CancelButton booking={entry.booking} name={name} ready={ready} onCancel={() => onCancel(entry)} />
      </div>
    </div>
  )
})
