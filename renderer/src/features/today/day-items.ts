import type { AppointmentRequest } from '../../queries/appointment-requests'
import type { SessionSummary } from '../../queries/roster-view'

/** A row of the day: a session, or an appointment request Wix has not put on the calendar yet. */
export type DayItem =
  { kind: 'session'; session: SessionSummary } | { kind: 'request'; request: AppointmentRequest }

/** Sessions and appointment requests in one time order; at the same time, the session comes first. */
export function dayItems(
  sessions: readonly SessionSummary[],
  requests: readonly AppointmentRequest[],
): DayItem[] {
  const items: DayItem[] = [
    ...sessions.map((session) => ({ kind: 'session' as const, session })),
    ...requests.map((request) => ({ kind: 'request' as const, request })),
  ]
  const startOf = (item: DayItem) => (item.kind === 'session' ? item.session.startUtc : item.request.startUtc)
  // A stable sort: sessions (already in time order) keep theirs, and come before a request at the same time.
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => Date.parse(startOf(a.item)) - Date.parse(startOf(b.item)) || a.index - b.index)
    .map(({ item }) => item)
}
