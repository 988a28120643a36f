// Time is pinned here: the dates below are fixed data or the demo site's pinned clock, never the machine's date
// or zone (npm run test:clocks runs this file under moved clocks and zones).
import type { Booking } from '@shared/wix/booking'
import type { CalendarEvent } from '@shared/wix/event'
import { afterEach, expect } from 'vitest'
import { eventRow } from '../../../../renderer/src/db/event-rows'
import type { AttendanceRow, BookingRow, EventRow } from '../../../../renderer/src/db/rows'
import { RollcallDb } from '../../../../renderer/src/db/schema'
import { findAttendees, type SearchContext } from '../../../../renderer/src/search/search'
import { LiveAttendeeIndex } from '../../../../renderer/src/search/index/live-attendee-index'
import { bookingRow, classBooking, classEvent, courseBooking, TIME_ZONE } from '../../db/fixtures'

/** Monday 2026-11-23, 8:00 in Chicago: Dana's 9:00 Vinyasa Flow is today, Sam's course started last week. */
export const ctx: SearchContext = {
  today: '2026-11-23',
  now: Date.parse('2026-11-23T14:00:00.000Z'),
  timeZone: TIME_ZONE,
}

/** A class booking of Monday's Vinyasa Flow for this person. */
export function person(id: string, firstName: string, lastName: string, fields: Partial<Booking> = {}) {
  const email = `${firstName}.${lastName}@example.com`.toLowerCase()
  return bookingRow(classBooking({ id, contactDetails: { firstName, lastName, email }, ...fields }))
}

/** A session an hour long, starting at `local` in Chicago (UTC−6 in November). */
export function session({
  local,
  ...fields
}: Partial<CalendarEvent> & { id: string; local: string }): EventRow {
  const at = (hours: number) => Date.parse(`${local}Z`) + hours * 3_600_000
  const zoned = (hours: number) => ({
    localDate: new Date(at(hours)).toISOString().slice(0, 19),
    timeZone: TIME_ZONE,
    utcDate: new Date(at(hours + 6)).toISOString(),
  })
  return eventRow({ ...classEvent(), start: zoned(0), end: zoned(1), ...fields })
}

export const dana = () => bookingRow(classBooking())
export const sam = () => bookingRow(courseBooking())
export const vinyasa = () => eventRow(classEvent())
/** A session of Sam's Wheel Throwing course. */
export const pottery = (id: string, local: string) =>
  session({ id, local, scheduleId: 'sch-pottery', type: 'COURSE', title: 'Wheel Throwing' })
export const potteryToday = () => pottery('evt-pottery-1123', '2026-11-23T18:30:00')
export const potteryNextWeek = () => pottery('evt-pottery-1130', '2026-11-30T18:30:00')

export function attendance(
  bookingId: string,
  eventId: string,
  status: AttendanceRow['status'],
): AttendanceRow {
  const numberOfAttendees = status === 'ATTENDED' ? 1 : 0
  return {
    bookingId,
    eventId,
    status,
    numberOfAttendees,
    serverStatus: status,
    serverNumberOfAttendees: numberOfAttendees,
    pending: false,
  }
}

let counter = 0
const opened: RollcallDb[] = []
const releases: (() => void)[] = []
afterEach(() => {
  releases.splice(0).forEach((release) => release())
  opened.splice(0).forEach((db) => db.close())
})

/** A fresh store holding these rows. */
export async function storeWith(rows: {
  bookings?: BookingRow[]
  events?: EventRow[]
  attendance?: AttendanceRow[]
}): Promise<RollcallDb> {
  const db = new RollcallDb(`search-index-${process.pid}-${++counter}`)
  opened.push(db)
  await db.bookings.bulkPut(rows.bookings ?? [])
  await db.events.bulkPut(rows.events ?? [])
  await db.attendance.bulkPut(rows.attendance ?? [])
  return db
}

/** Builds at once when `build` is true; otherwise the test starts the build with `startBuild()`. */
export function liveIndex(db: RollcallDb, { build = true } = {}) {
  let startBuild = () => {}
  const live = new LiveAttendeeIndex(db, {
    scheduleBuild: (run) => {
      if (build) run()
      else startBuild = run
      return () => {}
    },
  })
  releases.push(live.retain())
  return { live, startBuild: () => startBuild() }
}

/** What the index answers once every change so far has reached it. */
export async function indexAnswer(live: LiveAttendeeIndex, text: string, limit?: number) {
  await live.settled()
  const index = live.getSnapshot().index
  if (!index) throw new Error('The index is not built')
  return index.find(text, { ...ctx, limit })
}

/** The index's answer, checked against the store's own query. */
export async function expectSameAsStore(live: LiveAttendeeIndex, db: RollcallDb, text: string) {
  const answer = await indexAnswer(live, text, 100)
  expect(answer).toEqual(await findAttendees(db, text, { ...ctx, limit: 100 }))
  return answer
}
