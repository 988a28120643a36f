import { formatBusinessDay } from '@shared/domain/business-day'
import { Link } from 'wouter'
import { paths } from '../../frame/routes'
import { DecisionButtons } from '../decisions/DecisionButtons'
import type { DecisionKind } from '../decisions/decision-types'
import { EntryFacts } from '../roster/EntryFacts'
import { timeAgo } from '../../frame/time-words'
import type { PendingRequest, RequestPart } from './pending-requests'

export interface RequestRowProps {
  request: PendingRequest
  now: number
  timeZone: string
  needsAttention: boolean
  onDecide: (kind: DecisionKind) => void
}

/**
 * One request in the inbox: who, how many, paid or not, which session (a link to its roster) — or, for an
 * appointment Wix has not put on the calendar yet, its time and staff member — and how long it has waited,
 * with Confirm / Decline. A multi-service visit is one request listing its parts in order. Confirm is the
 * row's primary control for ↑/↓.
 */
export function RequestRow({ request, now, timeZone, needsAttention, onDecide }: RequestRowProps) {
  const { entry, parts } = request
  const visit = parts.length > 1
  return (
    <div className="request">
      <div className="request__who">
        <span className="request__name">{entry.name}</span>
        <EntryFacts
          entry={visit ? { ...entry, visit: null } : entry}
          showStatus={false}
          needsAttention={needsAttention}
        />
        <span className="request__session">
          {visit ? (
            <span className="request__visit">
              Visit of {parts.length}:{' '}
              {parts.map((part, index) => (
                <span key={part.entry.booking.id}>
                  {index > 0 && ' then '}
                  <PartWhere part={part} />
                </span>
              ))}
            </span>
          ) : (
            <PartWhere part={request} />
          )}
          <span className="request__when">Requested {timeAgo(entry.booking.createdDate, now, timeZone)}</span>
        </span>
      </div>
      <DecisionButtons name={entry.name} rowPrimary onDecide={onDecide} />
    </div>
  )
}

/** Where and when one booking of a request is: a link to its session, or an appointment's time and staff. */
function PartWhere({ part }: { part: RequestPart }) {
  const { session, appointment } = part
  if (session)
    return (
      <Link href={paths.session(session.id)} className="request__open">
        {session.title}, {formatBusinessDay(session.day)}, {session.startLabel}
      </Link>
    )
  if (appointment)
    return (
      <span className="request__appointment">
        {appointment.title}, {formatBusinessDay(appointment.day)}, {appointment.startLabel}
        {appointment.staff && `, with ${appointment.staff}`} (not on the calendar until confirmed)
      </span>
    )
  return <span>{part.title} (not on this computer)</span>
}
