import { memo, useRef } from 'react'
import { Button, Checkbox } from 'react-aria-components'
import type { RosterEntry } from '../../queries/roster-view'
import { EntryFacts } from './EntryFacts'

export interface BookedRowProps {
  entry: RosterEntry
  selected: boolean
  needsAttention: boolean
  /** The engine is running (actions can be recorded). */
  ready: boolean
  onToggle: (entry: RosterEntry) => void
  /** Check in, or undo the check-in when already checked in. */
  onPrimary: (entry: RosterEntry) => void
  onNoShow: (entry: RosterEntry) => void
}

/**
 * One booked person: select box, name and facts, then the row's primary button (check in ↔ undo) and the
 * no-show button. Checked in shows as a tick, the words "Checked in" and a bar, so it never relies on colour.
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
}: BookedRowProps) {
  const { name, attendance } = entry
  const checkedIn = attendance === 'ATTENDED'
  const noShow = attendance === 'NOT_ATTENDED'
  const primary = useRef<HTMLButtonElement>(null)
  const state = checkedIn ? ' booked-row--in' : noShow ? ' booked-row--no-show' : ''
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
        <span className="booked-row__name">{name}</span>
        <EntryFacts entry={entry} showAttendance needsAttention={needsAttention} />
      </div>
      <div className="booked-row__buttons">
        <Button
          className={`button booked-row__primary${checkedIn ? '' : ' button--primary'}`}
          ref={primary}
          data-row-primary=""
          aria-label={checkedIn ? `Undo check-in for ${name}` : `Check in ${name}`}
          isDisabled={!ready}
          onPress={() => onPrimary(entry)}
        >
          {checkedIn ? 'Undo check-in' : 'Check in'}
        </Button>
        {noShow ? (
          <span className="booked-row__spacer" />
        ) : (
          <Button
            className="button button--quiet"
            aria-label={`Mark ${name} as no-show`}
            isDisabled={!ready}
            onPress={() => {
              // The no-show button goes away once pressed: keep the focus in the row.
              primary.current?.focus()
              onNoShow(entry)
            }}
          >
            No-show
          </Button>
        )}
      </div>
    </div>
  )
})
