import { Link } from 'wouter'
import { paths } from '../../frame/routes'
import { bookingStatusName } from '../../queries/session-facts'
import type { RosterEntry } from '../../queries/roster-view'
import { visitWords } from '../../queries/visits'
import { paymentWords } from '../../queries/payment-words'
import { attendanceWords, DOUBLE_BOOKED_WORDS, partyLabel } from './booking-words'
import './facts.css'

export interface EntryFactsProps {
  entry: RosterEntry
  /** Show the booking's status in words ("Booked", "Pending", …). */
  showStatus?: boolean
  /** Show the attendance ("Checked in", "No-show"): on the Booked list only. */
  showAttendance?: boolean
  /** A change of this booking was refused by Wix and waits in Needs attention. */
  needsAttention?: boolean
}

/**
 * The small facts under a person's name, each in words (never colour alone): party size, status, the visit
 * it is part of ("Massage then Facial, 2 of 2"), double-booked, payment (what is still due stands out),
 * attendance ("2 of 3 checked in" for part of a party), and whether the desk's change has reached Wix yet.
 */
export function EntryFacts({
  entry,
  showStatus = true,
  showAttendance = false,
  needsAttention = false,
}: EntryFactsProps) {
  const party = partyLabel(entry.booking.participants)
  const payment = paymentWords(entry.booking)
  const attendance = showAttendance
    ? attendanceWords(entry.attendance, entry.booking.participants, entry.attended)
    : null
  const doubleBooked = entry.booking.server?.booking.doubleBooked === true
  return (
    <span className="facts">
      {party && <span className="fact fact--party">{party}</span>}
      {showStatus && <span className="fact">{bookingStatusName(entry.booking.status)}</span>}
      {entry.visit && <span className="fact fact--visit">Visit: {visitWords(entry.visit)}</span>}
      {doubleBooked && <span className="fact fact--double">{DOUBLE_BOOKED_WORDS}</span>}
      {payment && (
        <span className={`fact ${payment.due ? 'fact--due' : 'fact--settled'}`}>{payment.label}</span>
      )}
      {attendance && (
        <span className={`fact fact--${entry.attendance === 'ATTENDED' ? 'in' : 'no-show'}`}>
          {entry.attendance === 'ATTENDED' && <span aria-hidden="true">✓ </span>}
          {attendance}
        </span>
      )}
      {entry.waiting && (
        <span className="fact fact--waiting">
          <span aria-hidden="true">⟳ </span>
          Waiting to sync
        </span>
      )}
      {needsAttention && (
        <Link href={paths.attention} className="fact fact--attention">
          Needs attention
        </Link>
      )}
    </span>
  )
}
