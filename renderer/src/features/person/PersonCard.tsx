import { DECIDED_AT_DESK } from '@shared/domain/booking-lifecycle'
import { useState } from 'react'
import { Button } from 'react-aria-components'
import { Link } from 'wouter'
import { useDb } from '../../db/DatabaseProvider'
import { useLiveQueryWhile } from '../../db/useLiveQueryWhile'
import { ATTENDANCE_BUTTONS, attendanceChoices } from '../../desk-actions/attendance-choices'
import { useDeskActions } from '../../desk-actions/useDeskActions'
import { useBusinessTimeZone } from '../../frame/clock'
import { paths } from '../../frame/routes'
import { paymentWords } from '../../queries/payment-words'
import { bookingStatusName } from '../../queries/session-facts'
import { useDeskUi } from '../../state/desk-ui'
import { useSessionSummary } from '../../queries/useSessionSummary'
import { ModalDialog } from '../../ui/ModalDialog'
import { contactHref } from '@shared/domain/contact-links'
import { CancelButton, isVisitPart } from '../decisions/CancelButton'
import { DecisionButtons } from '../decisions/DecisionButtons'
import type { DecisionKind } from '../decisions/decision-types'
import { DecisionDialog } from '../decisions/DecisionDialog'
import { sessionLine } from '../decisions/session-line'
import { useDecision } from '../decisions/useDecision'
import { RescheduleButton } from '../reschedule/RescheduleDialog'
import { rosterEntry } from '../../queries/roster-view'
import { attendanceWords, partyLabel } from '../roster/booking-words'
import { useWaitlistMove } from '../roster/WaitlistSection'
import { personCard, type PersonBooking, type PersonCardData } from './person-bookings'
import '../roster/facts.css'
import './person.css'

/**
 * A person's card (issue 21), mounted once in the desk and opened through the desk's UI state from a roster
 * row, a search result, Needs attention or an Activity line. A React Aria dialog: Esc closes it and the focus
 * goes back to what opened it. It reads the local store only.
 */
export function PersonCardDialog() {
  const bookingId = useDeskUi((s) => s.person)
  const closePerson = useDeskUi((s) => s.closePerson)
  const db = useDb()
  const timeZone = useBusinessTimeZone()
  // Read only while a card is open (undefined otherwise: nothing is shown then).
  const card = useLiveQueryWhile(bookingId !== null, () => personCard(db, bookingId ?? '', timeZone), [
    db,
    bookingId,
    timeZone,
  ])
  return (
    <ModalDialog
      title={card ? card.name : 'Person'}
      isOpen={bookingId !== null}
      onOpenChange={(open) => {
        if (!open) closePerson()
      }}
    >
      <div className="desk-dialog person-card">
        {card === undefined ? (
          <p className="person-card__note">Reading the bookings…</p>
        ) : card === null ? (
          <p className="person-card__note">
            This booking is not on this computer any more: it may be outside the synced days.
          </p>
        ) : (
          <PersonCardBody card={card} />
        )}
        <div className="dialog__actions">
          <Button className="button" onPress={closePerson}>
            Close
          </Button>
        </div>
      </div>
    </ModalDialog>
  )
}

function PersonCardBody({ card }: { card: PersonCardData }) {
  const { contact, name } = card
  const { decision, open, close } = useDecision()
  return (
    <>
      <dl className="person-card__contact">
        <ContactLine label="E-mail" kind="email" value={contact.email} name={name} />
        <ContactLine label="Phone" kind="phone" value={contact.phone} name={name} />
      </dl>
      <p className="person-card__note">
        {card.noShows === 0
          ? 'No no-shows in the synced days.'
          : `${card.noShows} no-show${card.noShows === 1 ? '' : 's'} in the synced days.`}
      </p>
      <h3 className="person-card__heading" id="person-card-bookings">
        Bookings in the synced days ({card.bookings.length})
      </h3>
      <ul className="person-card__bookings" aria-labelledby="person-card-bookings">
        {card.bookings.map((item) => (
          <BookingItem
            key={item.booking.id}
            item={item}
            name={name}
            onDecide={(kind) =>
              open(kind, {
                id: item.booking.id,
                name,
                sessionLine: item.session ? sessionLine(item.session) : 'A session not in the store',
                eventId: item.booking.eventId,
                wholeVisit: kind === 'cancel' && isVisitPart(item.booking),
              })
            }
          />
        ))}
      </ul>
      {decision && <DecisionDialog {...decision} isOpen onClose={close} />}
    </>
  )
}

/** What the desk's copy button said last: copied, or where the clipboard was not available. */
type CopyState = 'idle' | 'copied' | 'failed'

function ContactLine({
  label,
  kind,
  value,
  name,
}: {
  label: string
  kind: 'email' | 'phone'
  value: string | null
  name: string
}) {
  const [copy, setCopy] = useState<CopyState>('idle')
  const copyIt = async () => {
    try {
      // navigator.clipboard exists only in a secure context with the permission: else the fallback words.
      if (!value || !navigator.clipboard) throw new Error('no clipboard')
      await navigator.clipboard.writeText(value)
      setCopy('copied')
    } catch {
      setCopy('failed')
    }
  }
  return (
    <div className="person-card__line">
      <dt>{label}</dt>
      <dd>
        {value ? (
          <>
            <a href={contactHref(kind, value)}>{value}</a>
            <Button
              className="button button--quiet"
              aria-label={`Copy ${name}'s ${kind === 'email' ? 'e-mail' : 'phone'}`}
              onPress={() => void copyIt()}
            >
              Copy
            </Button>
            <span role="status" className="person-card__copied">
              {copy === 'copied'
                ? 'Copied'
                : copy === 'failed'
                  ? `Could not copy: select the ${kind === 'email' ? 'address' : 'number'} and copy it by hand`
                  : ''}
            </span>
          </>
        ) : (
          <span className="person-card__none">Not given</span>
        )}
      </dd>
    </div>
  )
}

/**
 * One booking: its session, day and time, status, attendance and payment in words, and what the desk can
 * do with it — the same declared actions, by the same rules, as the roster offers for it.
 */
function BookingItem({
  item,
  name,
  onDecide,
}: {
  item: PersonBooking
  name: string
  onDecide: (kind: DecisionKind) => void
}) {
  const actions = useDeskActions()
  const { booking, session } = item
  const line = session ? sessionLine(session) : 'A session not in the store'
  const payment = paymentWords(booking)
  const party = partyLabel(booking.participants)
  const attended =
    item.attendance && booking.status === 'CONFIRMED'
      ? attendanceWords(item.attendance, booking.participants, item.attended)
      : null
  // Attendance is per session: only a booked place in one session is checked in here (a course, on its roster).
  const choices =
    item.attendance && booking.status === 'CONFIRMED' && booking.eventId
      ? attendanceChoices(item.attendance)
      : null
  const target = booking.eventId ? [{ bookingId: booking.id, eventId: booking.eventId }] : []
  const forSession = (words: string) => `${words}, ${line}`
  return (
    <li className="person-card__booking">
      <div className="person-card__session">{line}</div>
      <div className="facts">
        <span className="fact">{bookingStatusName(booking.status)}</span>
        {party && <span className="fact">{party}</span>}
        {attended && <span className="fact">{attended}</span>}
        {payment && (
          <span className={`fact ${payment.due ? 'fact--due' : 'fact--settled'}`}>{payment.label}</span>
        )}
        {item.waiting && <span className="fact fact--waiting">Waiting to sync</span>}
      </div>
      <div className="button-row">
        {choices &&
          // Keyed by place, not by action: a pressed button that turns into its inverse keeps the focus.
          [choices.primary, choices.noShow].map((action, place) => (
            <Button
              key={place}
              className={`button${action === 'checkIn' ? ' button--primary' : ''}`}
              aria-label={forSession(ATTENDANCE_BUTTONS[action].name(name))}
              isDisabled={!actions}
              onPress={() => void actions?.[action](target)}
            >
              {ATTENDANCE_BUTTONS[action].label}
            </Button>
          ))}
        {booking.status === 'PENDING' && DECIDED_AT_DESK.has(booking.status) && (
          <DecisionButtons name={forSession(name)} onDecide={onDecide} />
        )}
        {booking.status === 'WAITING_LIST' && booking.eventId && (
          <WaitlistChoices item={item} eventId={booking.eventId} line={line} onDecide={onDecide} />
        )}
        {booking.status === 'CONFIRMED' && (
          <RescheduleButton booking={booking} name={name} ready={actions !== null} session={line} />
        )}
        <CancelButton booking={booking} name={forSession(name)} onCancel={() => onDecide('cancel')} />
        {session && (
          // A course booking opens its first session in the store (attendance is taken there).
          <Link
            href={
              booking.status === 'WAITING_LIST'
                ? paths.sessionWaitlist(session.id)
                : paths.session(session.id)
            }
            className="button button--quiet"
            aria-label={`Open roster, ${line}`}
            onClick={() => useDeskUi.getState().closePerson()}
          >
            Open roster
          </Link>
        )}
      </div>
    </li>
  )
}

/** A waitlist booking: Move to booked (asking first when the session is full) or Decline, as the roster does. */
function WaitlistChoices({
  item,
  eventId,
  line,
  onDecide,
}: {
  item: PersonBooking
  eventId: string
  line: string
  onDecide: (kind: DecisionKind) => void
}) {
  const db = useDb()
  const timeZone = useBusinessTimeZone()
  const session = useSessionSummary(db, eventId, timeZone)
  const { move, overCapacity, ready } = useWaitlistMove()
  const entry = rosterEntry(item.booking, undefined)
  return (
    <>
      <Button
        className="button button--primary"
        aria-label={`Move ${entry.name} from waitlist to booked, ${line}`}
        isDisabled={!ready || !session}
        onPress={() => session && move(session, entry)}
      >
        Move to booked
      </Button>
      <Button
        className="button"
        aria-label={`Decline waitlist booking for ${entry.name}, ${line}`}
        onPress={() => onDecide('decline')}
      >
        Decline
      </Button>
      {overCapacity}
    </>
  )
}
