import { screen, within } from '@testing-library/react'
import { businessDayOf } from '@shared/domain/business-day'
import type { DemoSite } from '../../../../electron/demo-site'
import type { RollcallDb } from '../../../../renderer/src/db/schema'
import { sessionRoster, type SessionRoster } from '../../../../renderer/src/queries/roster-view'
import { sessionTitle } from '../../../../renderer/src/queries/session-facts'
import { sessionLabel, sessionWhen } from '../../../../renderer/src/sync/action-words'
import type { BookingsGateway } from '../../../../renderer/src/sync/gateway'
import { gatewayOver } from '../../../integration/sync/demo-gateway'

/** The first session in the store (in time order, from `from` on) whose roster fits the test. */
export async function findRoster(
  db: RollcallDb,
  timeZone: string,
  fits: (roster: SessionRoster) => boolean,
  { from = '' }: { from?: string } = {},
): Promise<SessionRoster> {
  const events = await db.events.orderBy('startUtc').toArray()
  for (const event of events) {
    if (event.startUtc < from) continue
    const roster = await sessionRoster(db, event.id, timeZone)
    if (roster && fits(roster)) return roster
  }
  throw new Error('No session in the demo store fits this test')
}

/** The demo clock's business day. */
export function todayOf(harness: { now: () => number; timeZone: string }): string {
  return businessDayOf(new Date(harness.now()), harness.timeZone)
}

/** A class today with at least `count` people booked, none of them marked yet. */
export function classToday(harness: { now: () => number; timeZone: string }, db: RollcallDb, count = 2) {
  return findRoster(
    db,
    harness.timeZone,
    (r) =>
      r.session.day === todayOf(harness) &&
      r.session.kind === 'CLASS' &&
      r.attendees.length >= count &&
      r.attendees.every((e) => e.attendance === 'NOT_SET'),
  )
}

/** The hash route of a session's roster. */
/** "Vinyasa Flow · Tue 9:00 AM": how the toasts and the activity log name a session (sync/action-words). */
export function sessionSaid(session: { title: string; startUtc: string }, timeZone: string): string {
  return sessionLabel(session.title, sessionWhen(session.startUtc, timeZone))
}

/** `sessionSaid` of the session `eventId` in the store ("" when it is not there). */
export async function sessionSaidIn(
  db: RollcallDb,
  eventId: string | null,
  timeZone: string,
): Promise<string> {
  const event = eventId ? await db.events.get(eventId) : undefined
  return event ? sessionSaid({ title: sessionTitle(event), startUtc: event.startUtc }, timeZone) : ''
}

export const rosterPath = (eventId: string) => '/session/' + encodeURIComponent(eventId)

export interface StatusCall {
  bookingId: string
  message?: { notify: boolean; message?: string }
}

/**
 * The demo site's gateway, recording the confirm and decline calls the engine makes (what main received:
 * the demo site keeps no record of the customer notification).
 */
export function recordingGateway(demo: DemoSite) {
  const real = gatewayOver(demo)
  const calls = { confirm: [] as StatusCall[], decline: [] as StatusCall[] }
  const gateway: BookingsGateway = {
    ...real,
    bookings: {
      ...real.bookings,
      confirm: (input) => {
        calls.confirm.push(input)
        return real.bookings.confirm(input)
      },
      decline: (input) => {
        calls.decline.push(input)
        return real.bookings.decline(input)
      },
    },
  }
  return { gateway, calls }
}

/** The Booked list's row holding `name` (a listitem of the virtual list). */
export function bookedRow(name: string): HTMLElement {
  const list = screen.getByRole('list', { name: 'Booked' })
  const rows = within(list).getAllByRole('listitem')
  const row = rows.find((r) => within(r).queryByText(name, { selector: '.booked-row__name' }))
  if (!row) throw new Error(`No row for ${name} in the Booked list`)
  return row
}

/** The header's sync status sentence. */
export function syncStatus(): HTMLElement {
  return within(screen.getByRole('banner')).getByRole('status', { name: 'Sync' })
}

/** The demo site's attendance of one booking in one session (undefined: never set). */
export function serverAttendance(demo: DemoSite, bookingId: string, eventId: string) {
  return demo.state().attendance.find((a) => a.bookingId === bookingId && a.eventId === eventId)
}

export function serverBooking(demo: DemoSite, bookingId: string) {
  const booking = demo.state().bookings.find((b) => b.id === bookingId)
  if (!booking) throw new Error(`The demo site has no booking ${bookingId}`)
  return booking
}
