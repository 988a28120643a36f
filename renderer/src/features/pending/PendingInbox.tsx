import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useRef } from 'react'
import { useBusinessTimeZone, useClock } from '../../frame/clock'
import { useDb } from '../../db/DatabaseProvider'
import { VirtualList } from '../../ui/VirtualList'
import { DecisionDialog } from '../decisions/DecisionDialog'
import type { DecisionKind } from '../decisions/decision-types'
import { sessionLine } from '../decisions/session-line'
import { useDecision } from '../decisions/useDecision'
import { bookingsNeedingAttention } from '../../sync/outbox-queries'
import { useTickingNow } from '../../frame/clock'
import { formatBusinessDay } from '@shared/domain/business-day'
import type { AppointmentFacts } from '../../queries/appointment-requests'
import { pendingRequests, type PendingRequest } from './pending-requests'
import { RequestRow } from './RequestRow'
import './pending.css'

/** Fixed row height (px): name, facts, then the session link (a 44-px target) and the time waited. */
export const REQUEST_ROW_HEIGHT = 116

const NO_ATTENTION: ReadonlySet<string> = new Set()

interface Refocus {
  bookingId: string
  index: number
}

/**
 * Every request waiting for the desk across the synced days, oldest first so nobody waits longest by
 * accident; each confirmed or declined through the same dialog as on the roster, and a link to its session.
 */
export function PendingInbox() {
  const db = useDb()
  const timeZone = useBusinessTimeZone()
  const clock = useClock()
  const now = useTickingNow(60_000)
  const requests = useLiveQuery(() => pendingRequests(db, timeZone, clock()), [db, timeZone, clock])
  const attention = useLiveQuery(() => bookingsNeedingAttention(db), [db]) ?? NO_ATTENTION
  const { decision, open, close } = useDecision()
  const list = useRef<HTMLDivElement>(null)
  // The request being decided (its row), and — once decided — the one whose leaving moves the focus on.
  const deciding = useRef<Refocus | null>(null)
  const decided = useRef<Refocus | null>(null)

  // A decided request leaves the list and takes the focused button with it: the focus moves on to the
  // request that takes its place, so the desk works through the queue with Enter, Enter. Only once the
  // dialog is closed and the row is gone, and only when the focus was lost (not moved on purpose).
  useEffect(() => {
    const target = decided.current
    if (!target || !requests || decision) return
    if (requests.some((r) => r.entry.booking.id === target.bookingId)) return
    decided.current = null
    if (document.activeElement && document.activeElement !== document.body) return
    const at = Math.min(target.index, requests.length - 1)
    list.current?.querySelector<HTMLElement>(`[data-index="${at}"] [data-row-primary]`)?.focus()
  }, [requests, decision])

  const decide = (kind: DecisionKind, request: PendingRequest, index: number) => {
    const { entry, session, appointment, title, parts } = request
    deciding.current = { bookingId: entry.booking.id, index }
    const where = session ? sessionLine(session) : appointment ? appointmentLine(appointment) : title
    open(kind, {
      id: entry.booking.id,
      name: entry.name,
      // A visit is decided as one: the line names every part (the desk action resolves the visit, see report).
      sessionLine: parts.length > 1 ? `Visit: ${parts.map((p) => p.title).join(' then ')} · ${where}` : where,
      eventId: session?.id ?? null,
    })
  }

  return (
    <section className="inbox" aria-labelledby="inbox-title" aria-busy={requests === undefined}>
      <div className="inbox__head">
        <h2 id="inbox-title" className="inbox__title">
          Pending requests
        </h2>
        {requests && requests.length > 0 && (
          <p className="inbox__count">
            {requests.length === 1 ? '1 request' : `${requests.length} requests`}, oldest first
          </p>
        )}
      </div>
      {requests && (
        <div ref={list} className="inbox__body">
          <VirtualList
            label="Pending requests"
            items={requests}
            getKey={(request) => request.entry.booking.id}
            rowHeight={REQUEST_ROW_HEIGHT}
            className="inbox-list"
            empty={<p className="inbox__empty">No pending requests</p>}
            renderRow={(request, index) => (
              <RequestRow
                request={request}
                now={now}
                timeZone={timeZone}
                needsAttention={attention.has(request.entry.booking.id)}
                onDecide={(kind) => decide(kind, request, index)}
              />
            )}
          />
        </div>
      )}
      {decision && (
        <DecisionDialog
          {...decision}
          isOpen
          onClose={close}
          onDecided={() => (decided.current = deciding.current)}
        />
      )}
    </section>
  )
}

/** "Sports Massage · Tuesday, March 10, 2:00 – 3:00 PM · with Ana Ruiz": an appointment not on the calendar yet. */
function appointmentLine(appointment: AppointmentFacts): string {
  const when = `${formatBusinessDay(appointment.day)}, ${appointment.timeLabel}`
  return [appointment.title, when, appointment.staff && `with ${appointment.staff}`]
    .filter(Boolean)
    .join(' · ')
}
