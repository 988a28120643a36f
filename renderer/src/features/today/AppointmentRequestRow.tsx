import { Link } from 'wouter'
import { paths } from '../../frame/routes'
import type { AppointmentRequest } from '../../queries/appointment-requests'
import { visitWords } from '../../queries/visits'
import { DOUBLE_BOOKED_WORDS, partyLabel } from '../roster/booking-words'

/**
 * An appointment request on its day, at its time, with the staff member asked for (issue 19 case 2):
 * "2:00 PM · Sports Massage · Request · with Ana Ruiz". It has no session (Wix makes one on confirmation),
 * so it opens the Pending inbox, where it is confirmed or declined; once Wix confirms it, the next pull
 * brings its session and it shows there instead. Its name reads the row's words in the order seen, then
 * what the row does not show (an appointment, part of a visit, where the link goes); the spaces between the
 * parts keep their words apart in the text (the layout, grid and flex, leaves them out).
 */
export function AppointmentRequestRow({ request }: { request: AppointmentRequest }) {
  const { entry } = request
  const state = request.confirmed ? 'Confirmed, not on the calendar yet' : 'Request'
  const party = partyLabel(entry.booking.participants)
  const doubleBooked = entry.booking.server?.booking.doubleBooked === true
  const who = [entry.name, party].filter(Boolean).join(', ')
  const details = [request.staff ? `with ${request.staff}` : null, who, request.location].filter(Boolean)
  const label = [
    request.startLabel,
    request.title,
    state,
    doubleBooked ? DOUBLE_BOOKED_WORDS : null,
    ...details,
    request.confirmed ? 'an appointment' : 'an appointment request',
    entry.visit ? `visit: ${visitWords(entry.visit)}` : null,
    request.confirmed ? null : 'opens Pending requests',
  ]
    .filter(Boolean)
    .join(', ')
  return (
    <Link
      href={paths.pending}
      data-row-primary=""
      className="session-row session-row--request"
      aria-label={label}
    >
      <span className="session-row__time">
        <span className="session-row__start">{request.startLabel}</span>
      </span>{' '}
      <span className="session-row__what">
        <span className="session-row__title-line">
          <span className="session-row__title">{request.title}</span>{' '}
          <span className="session-row__badge session-row__badge--request">{state}</span>
          {doubleBooked && (
            <>
              {' '}
              <span className="session-row__badge session-row__badge--double">{DOUBLE_BOOKED_WORDS}</span>
            </>
          )}
        </span>{' '}
        <span className="session-row__details">{details.join(' · ')}</span>
      </span>
      <span className="session-row__counts" />
    </Link>
  )
}
