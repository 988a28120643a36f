import { formatBusinessDay } from '@shared/domain/business-day'
import { Link } from 'wouter'
import { paths } from '../../frame/routes'
import { DecisionButtons } from '../decisions/DecisionButtons'
import type { DecisionKind } from '../decisions/decision-types'
import { EntryFacts } from '../roster/EntryFacts'
import { timeAgo } from '../../frame/time-words'
import type { PendingRequest } from './pending-requests'

export interface RequestRowProps {
  request: PendingRequest
  now: number
  timeZone: string
  needsAttention: boolean
  onDecide: (kind: DecisionKind) => void
}

/**
 * One request in the inbox: who, how many, paid or not, which session (a link to its roster) and how long
 * it has waited, with Confirm / Decline. Confirm is the row's primary control for ↑/↓.
 */
export function RequestRow({ request, now, timeZone, needsAttention, onDecide }: RequestRowProps) {
  const { entry, session } = request
  return (
    <div className="request">
      <div className="request__who">
        <span className="request__name">{entry.name}</span>
        <EntryFacts entry={entry} showStatus={false} needsAttention={needsAttention} />
        <span className="request__session">
          {session ? (
            <Link href={paths.session(session.id)} className="request__open">
              {session.title}, {formatBusinessDay(session.day)}, {session.startLabel}
            </Link>
          ) : (
            <span>{request.title} (not on this computer)</span>
          )}
          <span className="request__when">Requested {timeAgo(entry.booking.createdDate, now, timeZone)}</span>
        </span>
      </div>
      <DecisionButtons name={entry.name} rowPrimary onDecide={onDecide} />
    </div>
  )
}
