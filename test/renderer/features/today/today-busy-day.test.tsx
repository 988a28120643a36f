import { screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { businessDayOf } from '@shared/domain/business-day'
import { RollcallDb } from '../../../../renderer/src/db/schema'
import { TodayView } from '../../../../renderer/src/features/today/TodayView'
import { useTodayFilter } from '../../../../renderer/src/features/today/today-filter-store'
import { openDeskHarness } from '../../desk/desk-harness'
import { BUSY_STAFF, busyDay } from './busy-day'
import { serverTime } from './server-truth'
import { accessibleName, startsWithTimeAndTitle, todayScreen } from './today-screen'

const harness = await openDeskHarness()
const SESSIONS = 300
const stores: RollcallDb[] = []
let storeCount = 0
afterAll(() => stores.forEach((db) => db.close()))

beforeEach(() => useTodayFilter.getState().clear())

/** A store holding only a 300-session today, rendered with the Today screen alone. */
async function renderBusyDay() {
  const desk = await harness.freshDesk()
  const today = businessDayOf(new Date(harness.now()), harness.timeZone)
  // The zone's offset today, from a session the site itself placed on today.
  const sample = (await desk.db.events.where('day').equals(today).first())!
  const offset = Date.parse(`${sample.server.start.localDate}Z`) - Date.parse(sample.startUtc)
  const db = new RollcallDb(`today-busy-${process.pid}-${++storeCount}`)
  stores.push(db)
  const rows = busyDay(today, harness.timeZone, offset, SESSIONS)
  await db.events.bulkPut(rows)
  harness.renderDesk({ db, engine: desk.engine }, { ui: <TodayView /> })
  await screen.findByRole('list', { name: 'Sessions' })
  return rows
}

describe('a day of 300 sessions', () => {
  it('keeps only a window of rows in the DOM, each knowing its place among all 300', async () => {
    await renderBusyDay()
    const items = within(todayScreen.list()).getAllByRole('listitem')
    expect(items.length).toBeGreaterThan(5)
    expect(items.length).toBeLessThan(40)
    for (const item of items) expect(item.getAttribute('aria-setsize')).toBe(String(SESSIONS))
    expect(items.map((item) => item.getAttribute('aria-posinset'))).toEqual(
      items.map((_, i) => String(i + 1)),
    )
    screen.getByText(/^300 sessions/)
  })

  it('reaches the last session with End and the first with Home', async () => {
    const rows = await renderBusyDay()
    const last = rows[rows.length - 1]!
    todayScreen.links()[0]!.focus()
    await userEvent.keyboard('{End}')
    const time = (iso: string) => serverTime(Date.parse(iso), harness.timeZone)
    const name = startsWithTimeAndTitle(`${time(last.startUtc)} – ${time(last.endUtc)}`, last.server.title!)
    await waitFor(() => expect(accessibleName(document.activeElement as HTMLElement)).toMatch(name))
    expect(document.activeElement?.closest('[role="listitem"]')?.getAttribute('aria-posinset')).toBe('300')
    expect(within(todayScreen.list()).getAllByRole('listitem').length).toBeLessThan(40)

    await userEvent.keyboard('{Home}')
    await waitFor(() =>
      expect(document.activeElement?.closest('[role="listitem"]')?.getAttribute('aria-posinset')).toBe('1'),
    )
  })

  it('filters the 300 by staff', async () => {
    await renderBusyDay()
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Staff' }), BUSY_STAFF[1])
    const firstRow = () => within(todayScreen.list()).getAllByRole('listitem')[0]!
    await waitFor(() => expect(firstRow().getAttribute('aria-setsize')).toBe('100'))
    for (const link of todayScreen.links()) expect(accessibleName(link)).toContain(`, ${BUSY_STAFF[1]}, `)
    screen.getByText(/^100 of 300 sessions/)
  })
})
