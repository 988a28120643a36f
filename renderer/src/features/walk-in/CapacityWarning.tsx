import type { SessionSummary } from '../../queries/roster-view'
import { noRoomWords } from '../../queries/session-count-words'

export interface CapacityWarningProps {
  id: string
  session: SessionSummary
  partySize: number
  override: boolean
  onOverrideChange: (override: boolean) => void
  error?: string | undefined
}

/**
 * Shown when the party does not fit: how full the session is (or how few spots are left), and the explicit "Book over capacity" the
 * desk must tick before the walk-in is booked anyway (Wix is then asked to skip its capacity check).
 */
export function CapacityWarning({
  id,
  session,
  partySize,
  override,
  onOverrideChange,
  error,
}: CapacityWarningProps) {
  const errorId = `${id}-error`
  const noteId = `${id}-note`
  const people = partySize === 1 ? '1 more person' : `${partySize} more people`
  const { headline, why } = noRoomWords(session)
  return (
    <div className="walk-in__full" role="group" aria-labelledby={noteId}>
      <p id={noteId} className="walk-in__full-note">
        <strong>{headline}.</strong> {why}; booking {people} goes over capacity.
      </p>
      <label className="walk-in__check">
        <input
          id={id}
          type="checkbox"
          checked={override}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => onOverrideChange(event.target.checked)}
        />
        Book over capacity
      </label>
      {error && (
        <span id={errorId} className="field__error">
          {error}
        </span>
      )}
    </div>
  )
}
