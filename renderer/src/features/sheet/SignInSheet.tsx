import type { BusinessDay } from '@shared/domain/business-day'
import { useLiveQuery } from 'dexie-react-hooks'
import { useId } from 'react'
import { Button } from 'react-aria-components'
import { Link, Redirect } from 'wouter'
import { useDb } from '../../db/DatabaseProvider'
import { useBusinessTimeZone, useBusinessToday, useTickingNow } from '../../frame/clock'
import { paths } from '../../frame/routes'
import { useShellStore } from '../../frame/shell-store'
import { useSyncValue } from '../../sync/SyncEngineProvider'
import { useDayLoaded, useSessionDayState } from '../../sync/useDayLoaded'
import { parseDay } from '../today/day-param'
import { filterWords, matchesFilter } from '../today/session-filters'
import { useTodayFilter } from '../today/today-filter-store'
import { downloadFile } from './download-file'
import { sheetCsv, sheetFileName, UTF8_BOM } from './sheet-csv'
import { daySheet, sessionSheet, type SheetSession } from './sheet-rows'
import { lastSyncedWords, sheetDayWords, sheetInstant, statusCell } from './sheet-words'
import './sheet.css'

/**
 * Today's sign-in sheet, on paper or as a CSV file: the backup a studio keeps for when the computer dies.
 * Read from the local store only (so it works offline); it says when the data was last synced. Printing
 * hides the app around it (styles.css, `@media print`) and starts each session on a new page.
 */
export function DaySignInSheet({ day }: { day: string }) {
  const shown = parseDay(day)
  return shown ? <DaySheet day={shown} /> : <Redirect to={paths.today} replace />
}

/**
 * The day's sheet keeps Today's staff and location filters (a desk that looks after one room prints that
 * room's sessions) and says so, with a way to print every session instead.
 */
function DaySheet({ day }: { day: BusinessDay }) {
  const db = useDb()
  const timeZone = useBusinessTimeZone()
  const today = useBusinessToday()
  const staff = useTodayFilter((s) => s.staff)
  const location = useTodayFilter((s) => s.location)
  const clearFilter = useTodayFilter((s) => s.clear)
  const loaded = useDayLoaded(db, day)
  const sessions = useLiveQuery(
    () => (loaded === undefined ? undefined : daySheet(db, day, timeZone, loaded)),
    [db, day, timeZone, loaded],
  )
  const filtered = sessions?.filter((session) => matchesFilter(session, { staff, location }))
  const only = filterWords({ staff, location })
  return (
    <SheetPage
      title={`Sign-in sheet: ${sheetDayWords(day)}`}
      day={day}
      sessions={filtered}
      back={{ href: day === today ? paths.today : paths.day(day), label: 'Back to the day' }}
      fileName={sheetFileName(day)}
      filter={only === null ? null : { words: only, clear: clearFilter }}
    />
  )
}

/** One session's sheet, from its roster. */
export function SessionSignInSheet({ eventId }: { eventId: string }) {
  const db = useDb()
  const timeZone = useBusinessTimeZone()
  const dayState = useSessionDayState(db, eventId)
  const session = useLiveQuery(
    () => (dayState === undefined ? undefined : sessionSheet(db, eventId, timeZone, dayState ?? undefined)),
    [db, eventId, timeZone, dayState],
  )
  if (session === null) return <Redirect to={paths.session(eventId)} replace />
  return (
    <SheetPage
      title={session ? `Sign-in sheet: ${session.title}` : 'Sign-in sheet'}
      day={session?.day ?? null}
      sessions={session && [session]}
      back={{ href: paths.session(eventId), label: 'Back to the roster' }}
      fileName={session ? sheetFileName(session.day, session) : ''}
    />
  )
}

interface SheetPageProps {
  title: string
  day: BusinessDay | null
  /** undefined while reading the store. */
  sessions: readonly SheetSession[] | undefined
  back: { href: string; label: string }
  fileName: string
  /** Today's filters, when they leave sessions out: what they keep, and how to print every session. */
  filter?: { words: string; clear: () => void } | null
}

function SheetPage({ title, day, sessions, back, fileName, filter = null }: SheetPageProps) {
  const timeZone = useBusinessTimeZone()
  const now = useTickingNow(60_000)
  const lastSyncedAt = useSyncValue((state) => state.lastSyncedAt)
  const business = useShellStore((s) => s.site?.businessName ?? null)
  const ready = sessions !== undefined && day !== null
  const incomplete = sessions?.some((session) => !session.complete) ?? false
  const exportCsv = () => {
    if (ready) downloadFile(fileName, UTF8_BOM + sheetCsv(day, sessions), 'text/csv;charset=utf-8')
  }
  return (
    <section className="sheet" aria-labelledby="sheet-title" aria-busy={!ready}>
      <div className="sheet__tools">
        <Link href={back.href} className="sheet__back">
          <span aria-hidden="true">←&nbsp;</span>
          {back.label}
        </Link>
        <div className="button-row">
          {filter && (
            <Button className="button button--quiet" onPress={filter.clear}>
              Show every session
            </Button>
          )}
          <Button className="button button--primary" isDisabled={!ready} onPress={() => window.print()}>
            Print sheet
          </Button>
          <Button className="button" isDisabled={!ready} onPress={exportCsv}>
            Export CSV
          </Button>
        </div>
      </div>
      <h2 id="sheet-title" className="sheet__title">
        {title}
      </h2>
      {ready && (
        <>
          <ul className="sheet__about" aria-label="About this sheet">
            {business && <li>{business}</li>}
            <li>{sheetDayWords(day)}</li>
            <li>{lastSyncedWords(lastSyncedAt, timeZone)}</li>
            <li>Made {sheetInstant(now, timeZone)}</li>
            {filter && <li>{`Only ${filter.words}, as filtered on Today`}</li>}
          </ul>
          {incomplete && (
            <p className="sheet__warning" role="note">
              Some bookings were still loading from Wix: this sheet may be missing people.
            </p>
          )}
          {sessions.length === 0 ? (
            <p className="empty-note">{`No ${filter?.words ?? 'sessions'} on this day`}</p>
          ) : (
            sessions.map((session) => <SessionTable key={session.id} session={session} />)
          )}
        </>
      )}
    </section>
  )
}

const COLUMNS = ['Name', 'Party', 'Status', 'Payment', 'Signature'] as const

/** One session: its time, service, staff and place as the caption, then a row per person. */
function SessionTable({ session }: { session: SheetSession }) {
  const captionId = useId()
  return (
    <section className="sheet__session" aria-labelledby={captionId}>
      <table className="sheet__table">
        <caption id={captionId} className="sheet__caption">
          <span className="sheet__time">{session.timeLabel}</span>
          {' · '}
          <span className="sheet__service">{session.title}</span>
          {session.staff && <span className="sheet__detail"> · {session.staff}</span>}
          {session.location && <span className="sheet__detail"> · {session.location}</span>}
          {session.canceled && <span className="sheet__canceled"> · Canceled on Wix</span>}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col" className={`sheet__col sheet__col--${column.toLowerCase()}`}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {session.rows.length === 0 ? (
            <tr>
              <td colSpan={COLUMNS.length} className="sheet__nobody">
                Nobody booked
              </td>
            </tr>
          ) : (
            session.rows.map((row) => (
              <tr key={row.bookingId}>
                <th scope="row" className="sheet__name">
                  {row.name}
                </th>
                <td>{row.party}</td>
                <td>{statusCell(row)}</td>
                <td>{row.payment}</td>
                <td className="sheet__signature" />
              </tr>
            ))
          )}
        </tbody>
      </table>
    </section>
  )
}
