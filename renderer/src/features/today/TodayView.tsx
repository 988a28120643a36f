import { formatBusinessDay, type BusinessDay } from '@shared/domain/business-day'
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { Link, Redirect } from 'wouter'
import { useBusinessTimeZone, useBusinessToday } from '../../frame/clock'
import { paths } from '../../frame/routes'
import { useDb } from '../../db/DatabaseProvider'
import { dayAppointmentRequests, type AppointmentRequest } from '../../queries/appointment-requests'
import { daySessions, type SessionSummary } from '../../queries/roster-view'
import { useSyncValue } from '../../sync/SyncEngineProvider'
import { useDayLoaded } from '../../sync/useDayLoaded'
import { VirtualList } from '../../ui/VirtualList'
import { DaySwitcher } from './DaySwitcher'
import { parseDay } from './day-param'
import { daySummary } from './day-summary'
import { EmptyDay } from './EmptyDay'
import { SessionFilters } from './SessionFilters'
import { AppointmentRequestRow } from './AppointmentRequestRow'
import { dayItems, type DayItem } from './day-items'
import { SessionRow } from './SessionRow'
import { matchesFilter } from './session-filters'
import { sessionTimings } from './session-timing'
import { useTodayFilter } from './today-filter-store'
import { useDayNavigation } from './useDayNavigation'
import { useDayShortcuts } from './useDayShortcuts'
import { useTickingNow } from '../../frame/clock'
import './today.css'

/** Rows are fixed-height for the virtual list: two lines of text and room to tap. */
const ROW_HEIGHT = 72

/**
 * The desk's home screen: one business day's sessions in time order (today unless the address names a day),
 * with the appointment requests Wix has not put on the calendar yet among them at their time,
 * each a link to its roster, with the day switcher and the staff and location filters. An address naming no
 * real day goes back to today.
 */
export function TodayView({ day }: { day?: string }) {
  if (day === undefined) return <DaySessions />
  const shown = parseDay(day)
  return shown ? <DaySessions day={shown} /> : <Redirect to={paths.today} replace />
}

function DaySessions({ day }: { day?: BusinessDay }) {
  const db = useDb()
  const timeZone = useBusinessTimeZone()
  const today = useBusinessToday()
  const now = useTickingNow()
  const hasData = useSyncValue((state) => state.hasData)
  const staff = useTodayFilter((s) => s.staff)
  const location = useTodayFilter((s) => s.location)
  const shown = day ?? today
  const isToday = shown === today
  const navigation = useDayNavigation(shown, today)
  useDayShortcuts(navigation)

  // How much of the day is in the store, read apart: the list below is read again when that changes, not
  // each time a first sync writes down another day it has finished.
  const dayState = useDayLoaded(db, shown)
  // Tagged with what it was read for: while another day loads, the last one's sessions are not shown.
  const result = useLiveQuery(async () => {
    if (!dayState) return null
    const [sessions, requests] = await Promise.all([
      daySessions(db, shown, timeZone, dayState),
      dayAppointmentRequests(db, shown, timeZone, dayState),
    ])
    return { day: shown, timeZone, sessions, requests }
  }, [db, shown, timeZone, dayState])
  const current = result && result.day === shown && result.timeZone === timeZone ? result : null
  const sessions = current?.sessions ?? null
  const requests = current?.requests ?? null
  const visible = useMemo(
    () => sessions?.filter((session) => matchesFilter(session, { staff, location })) ?? [],
    [sessions, staff, location],
  )
  const visibleRequests = useMemo(
    () => requests?.filter((request) => matchesFilter(request, { staff, location })) ?? [],
    [requests, staff, location],
  )
  const items = useMemo(() => dayItems(visible, visibleRequests), [visible, visibleRequests])
  const choosable = useMemo(() => [...(sessions ?? []), ...(requests ?? [])], [sessions, requests])
  const timings = isToday ? sessionTimings(visible, now) : null

  let content
  if (!sessions || !requests) content = null
  else if (!sessions.length && !requests.length)
    content = hasData ? (
      <EmptyDay shown={shown} today={today} />
    ) : (
      <p className="today__empty">Loading the schedule…</p>
    )
  else if (!items.length) content = <p className="today__empty">No sessions match these filters</p>
  else
    content = (
      <VirtualList<DayItem>
        label="Sessions"
        items={items}
        getKey={(item) => (item.kind === 'session' ? item.session.id : `request:${item.request.bookingId}`)}
        rowHeight={ROW_HEIGHT}
        className="today__list"
        renderRow={(item) =>
          item.kind === 'session' ? (
            <SessionRow
              session={item.session}
              timing={timings?.get(item.session.id) ?? null}
              timeZone={timeZone}
            />
          ) : (
            <AppointmentRequestRow request={item.request} />
          )
        }
      />
    )

  return (
    <section
      aria-labelledby="today-heading"
      aria-busy={!sessions || (!sessions.length && !hasData)}
      className="today"
    >
      <div className="today__top">
        <h2 id="today-heading" className="today__heading">
          {isToday ? `Today, ${formatBusinessDay(shown)}` : formatBusinessDay(shown)}
        </h2>
        <DaySwitcher shown={shown} isToday={isToday} navigation={navigation} />
        <Link href={paths.sheet(shown)} className="button today__sheet">
          Sign-in sheet
        </Link>
      </div>
      {sessions && requests && (sessions.length > 0 || requests.length > 0) && (
        <div className="today__bar">
          <SessionFilters sessions={choosable} />
          <DaySummary shown={visible} total={sessions.length} requests={visibleRequests} />
        </div>
      )}
      {content}
    </section>
  )
}

/**
 * The line above the list (day-summary.ts). Its own component: while a day's bookings load it says how far
 * the pull is, and only this line draws again for each page read, not the list.
 */
function DaySummary({
  shown,
  total,
  requests,
}: {
  shown: readonly SessionSummary[]
  total: number
  requests: readonly AppointmentRequest[]
}) {
  const progress = useSyncValue((state) => state.progress)
  return <p className="today__summary">{daySummary(shown, total, progress, requests)}</p>
}
