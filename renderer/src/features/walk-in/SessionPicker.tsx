import type { SessionSummary } from '../../queries/roster-view'
import { sessionOptionLabel } from './walk-in-sessions'

export interface SessionPickerProps {
  id: string
  sessions: readonly SessionSummary[]
  value: string
  onChange: (eventId: string) => void
  error?: string | undefined
  /** The session the dialog was opened from cannot take walk-ins (over, another day, a course). */
  preferredUnavailable: boolean
}

/** The session to book into: today's sessions still open to walk-ins, with the spots left in each. */
export function SessionPicker({
  id,
  sessions,
  value,
  onChange,
  error,
  preferredUnavailable,
}: SessionPickerProps) {
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const hint = preferredUnavailable
    ? 'The session you came from is over, on another day or a course: choose one of today’s.'
    : sessions.length
      ? null
      : 'No session left today takes walk-ins.'
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ')
  return (
    <div className="field">
      <label htmlFor={id}>Session</label>
      {hint && (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      )}
      <select
        id={id}
        value={value}
        disabled={!sessions.length}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {sessions.map((session) => (
          <option key={session.id} value={session.id}>
            {sessionOptionLabel(session)}
          </option>
        ))}
      </select>
      {error && (
        <span id={errorId} className="field__error">
          {error}
        </span>
      )}
    </div>
  )
}
