import { screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { dayAppointmentRequests } from '../../../../renderer/src/queries/appointment-requests'
import { sessionRoster, type SessionRoster } from '../../../../renderer/src/queries/roster-view'
import { paymentWords } from '../../../../renderer/src/queries/payment-words'
import { readSyncMemory } from '../../../../renderer/src/sync/sync-memory'
import { daySheet } from '../../../../renderer/src/features/sheet/sheet-rows'
import { sheetInstant } from '../../../../renderer/src/features/sheet/sheet-words'
import { useTodayFilter } from '../../../../renderer/src/features/today/today-filter-store'
import { openDeskHarness } from '../../desk/desk-harness'
import { findRoster, rosterPath, todayOf } from '../roster/roster-helpers'

// The demo clock is pinned (Tuesday 2026-03-10, 10:20 in Chicago): "today" is that day, never the machine's.
const harness = await openDeskHarness()

/** The names a session's sheet lists, in the roster's groups and order (canceled and declined left out). */
const namesOf = (roster: SessionRoster) =>
  [...roster.attendees, ...roster.pending, ...roster.checkoutUnfinished, ...roster.waitlist].map(
    (e) => e.name,
  )

/** A table's rows of people: the row header of each body row is the person's name. */
const rowNames = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent)

const rowOf = (table: HTMLElement, name: string) => {
  const row = within(table)
    .getAllByRole('row')
    .find((r) => within(r).queryByRole('rowheader', { name }))
  if (!row) throw new Error(`no row for ${name}`)
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent)
}

afterEach(() => {
  vi.restoreAllMocks()
  useTodayFilter.getState().clear()
})

describe('the sign-in sheet', { timeout: 30_000 }, () => {
  it('opens from Today: one table per session of the day, the business day and the last sync', async () => {
    const desk = await harness.freshDesk()
    const today = todayOf(harness)
    const events = await desk.db.events.where('day').equals(today).sortBy('startUtc')
    harness.renderDesk(desk)

    await userEvent.click(await screen.findByRole('link', { name: 'Sign-in sheet' }))
    expect(window.location.hash).toBe(`#/day/${today}/sheet`)
    await screen.findByRole('heading', { level: 2, name: 'Sign-in sheet: Tuesday, March 10, 2026' })

    const about = await screen.findByRole('list', { name: 'About this sheet' })
    const { lastSyncedAt } = await readSyncMemory(desk.db)
    expect(lastSyncedAt).not.toBeNull()
    within(about).getByText(`Last synced with Wix ${sheetInstant(lastSyncedAt!, harness.timeZone)}`)
    within(about).getByText('Tuesday, March 10, 2026')

    // The day's sessions (and any appointment request waiting for one), each its own table, in time order.
    const tables = await screen.findAllByRole('table')
    const requests = await dayAppointmentRequests(desk.db, today, harness.timeZone)
    expect(tables).toHaveLength(events.length + requests.length)
    const first = (await sessionRoster(desk.db, events[0]!.id, harness.timeZone))!
    expect(tables[0]!.querySelector('caption')?.textContent).toMatch(
      new RegExp(`^${first.session.timeLabel} · ${first.session.title}`),
    )
    for (const name of ['Name', 'Party', 'Status', 'Payment', 'Signature'])
      within(tables[0]!).getByRole('columnheader', { name })

    // Back to the day by its link, by keyboard.
    const back = screen.getByRole('link', { name: 'Back to the day' })
    back.focus()
    await userEvent.keyboard('{Enter}')
    expect(window.location.hash).toBe('#/')
  })

  it("keeps Today's staff filter, says so, and prints every session again on request", async () => {
    const desk = await harness.freshDesk()
    const today = todayOf(harness)
    // The day as the sheet reads it (sessions and requests, each with its staff): the last staff member's only.
    const day = await daySheet(desk.db, today, harness.timeZone)
    const staff = day.filter((s) => s.staff !== null).at(-1)!.staff!
    const theirs = day.filter((s) => s.staff === staff)
    expect(theirs.length).toBeGreaterThan(0)
    expect(theirs.length).toBeLessThan(day.length)
    harness.renderDesk(desk)

    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Staff' }), staff)
    await userEvent.click(screen.getByRole('link', { name: 'Sign-in sheet' }))
    const about = await screen.findByRole('list', { name: 'About this sheet' })
    within(about).getByText(`Only sessions with ${staff}, as filtered on Today`)
    expect(await screen.findAllByRole('table')).toHaveLength(theirs.length)

    await userEvent.click(screen.getByRole('button', { name: 'Show every session' }))
    await vi.waitFor(() => expect(screen.getAllByRole('table')).toHaveLength(day.length))
    expect(within(about).queryByText(/as filtered on Today/)).toBeNull()
    expect(screen.queryByRole('button', { name: 'Show every session' })).toBeNull()
  })

  it("lists a session's people as its roster groups them, with status, attendance and payment", async () => {
    const desk = await harness.freshDesk()
    const roster = await findRoster(
      desk.db,
      harness.timeZone,
      (r) =>
        r.session.day === todayOf(harness) &&
        r.attendees.some((e) => e.attendance === 'ATTENDED') &&
        r.attendees.some((e) => paymentWords(e.booking) !== null),
    )
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    await userEvent.click(await screen.findByRole('link', { name: 'Sign-in sheet' }))
    expect(window.location.hash).toBe(`#/session/${encodeURIComponent(roster.session.id)}/sheet`)
    await screen.findByRole('heading', { level: 2, name: `Sign-in sheet: ${roster.session.title}` })

    const table = screen.getByRole('table')
    expect(rowNames(table)).toEqual(namesOf(roster))
    const inactive = roster.inactive.filter((e) => !namesOf(roster).includes(e.name))
    for (const gone of inactive)
      expect(within(table).queryByRole('rowheader', { name: gone.name })).toBeNull()

    const checkedIn = roster.attendees.find((e) => e.attendance === 'ATTENDED')!
    const [party, status] = rowOf(table, checkedIn.name)
    expect(party).toBe(String(checkedIn.booking.participants))
    expect(status).toMatch(/^Booked · (Checked in|\d+ of \d+ checked in)$/)
    const paying = roster.attendees.find((e) => paymentWords(e.booking) !== null)!
    expect(rowOf(table, paying.name)[2]).toBe(paymentWords(paying.booking)!.label)
    // The signature cell is there, empty, for the pen.
    expect(rowOf(table, paying.name)[3]).toBe('')

    // The way back is the roster.
    await userEvent.click(screen.getByRole('link', { name: 'Back to the roster' }))
    expect(window.location.hash).toBe(`#${rosterPath(roster.session.id)}`)
  })

  it('puts the waitlist in order, with each place, and the requests as pending', async () => {
    const desk = await harness.freshDesk()
    const roster = await findRoster(desk.db, harness.timeZone, (r) => r.waitlist.length >= 2)
    harness.renderDesk(desk, { path: `/session/${encodeURIComponent(roster.session.id)}/sheet` })
    const table = await screen.findByRole('table')
    roster.waitlist.forEach((entry, index) =>
      expect(rowOf(table, entry.name)[1]).toBe(`Waitlist ${index + 1}`),
    )
    for (const entry of roster.pending) expect(rowOf(table, entry.name)[1]).toBe('Pending')
  })

  it('names a checkout in progress as the roster does, not as booked', async () => {
    const desk = await harness.freshDesk()
    const roster = await findRoster(desk.db, harness.timeZone, (r) => r.checkoutUnfinished.length > 0)
    harness.renderDesk(desk, { path: `/session/${encodeURIComponent(roster.session.id)}/sheet` })
    const table = await screen.findByRole('table')
    for (const entry of roster.checkoutUnfinished)
      expect(rowOf(table, entry.name)[1]).toBe('Checkout not finished')
  })

  it('prints with window.print', async () => {
    const desk = await harness.freshDesk()
    const print = vi.spyOn(window, 'print').mockImplementation(() => {})
    harness.renderDesk(desk, { path: `/day/${todayOf(harness)}/sheet` })
    const button = await screen.findByRole('button', { name: 'Print sheet' })
    await screen.findAllByRole('table')
    button.focus()
    await userEvent.keyboard('{Enter}')
    expect(print).toHaveBeenCalledTimes(1)
  })

  it('exports a UTF-8 CSV with a BOM, a header row and a line per person, names with accents intact', async () => {
    const desk = await harness.freshDesk()
    const roster = await findRoster(
      desk.db,
      harness.timeZone,
      (r) => r.session.kind === 'CLASS' && r.session.day >= todayOf(harness) && r.attendees.length > 0,
    )
    harness.demo.world.customerJoinsWaitlist({
      eventId: roster.session.id,
      contact: { firstName: 'Zoë', lastName: 'Müller, "Zee"', email: 'zoe@example.com' },
    })
    await desk.engine.syncNow()
    const after = (await sessionRoster(desk.db, roster.session.id, harness.timeZone))!

    const saved: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob)
      return 'blob:sheet'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    const names: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download)
    })

    harness.renderDesk(desk, { path: `/session/${encodeURIComponent(roster.session.id)}/sheet` })
    await screen.findByRole('rowheader', { name: 'Zoë Müller, "Zee"' })
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }))

    expect(names).toHaveLength(1)
    expect(names[0]).toMatch(new RegExp(`^sign-in-sheet-${after.session.day}-.+\\.csv$`))
    expect(saved[0]!.type).toBe('text/csv;charset=utf-8')
    const bytes = new Uint8Array(await saved[0]!.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes)
    const lines = text.split('\r\n')
    expect(lines[0]).toBe('Day,Time,Session,Staff,Location,Name,Party size,Status,Attendance,Payment')
    expect(lines.at(-1)).toBe('')
    expect(lines.length - 2).toBe(namesOf(after).length)
    const zoe = lines.find((line) => line.includes('Zoë'))
    expect(zoe).toContain(',"Zoë Müller, ""Zee""",1,Waitlist ')
  })
})
