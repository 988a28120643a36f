import { screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { addDays, businessDayOf } from '@shared/domain/business-day'
import { paths } from '../../../../renderer/src/frame/routes'
import { useTodayFilter } from '../../../../renderer/src/features/today/today-filter-store'
import { openDeskHarness } from '../../desk/desk-harness'
import type { Booking } from '@shared/wix/booking'
import { serverDay, serverDays, serverRequests, type ServerSession } from './server-truth'
import { todayScreen, wholeListSessionIds } from './today-screen'

const harness = await openDeskHarness()
const today = () => businessDayOf(new Date(harness.now()), harness.timeZone)

// The filters outlive the screen (a trip to a roster and back keeps them): each test starts unfiltered.
beforeEach(() => useTodayFilter.getState().clear())

const ids = (sessions: ServerSession[]) => sessions.map((s) => s.id).sort()
/** An appointment request without a session is filtered by its staff member and place like the sessions. */
const requestStaff = (b: Booking) => b.bookedEntity.slot?.resource?.name ?? ''
const requestLocation = (b: Booking) => b.bookedEntity.slot?.location?.name ?? ''

/**
 * Waits for the list to show `sessions` and `requests` (the day's appointment requests without a session,
 * rows of their own), then checks the sessions of the whole list (read by scrolling it through).
 */
async function expectShown(sessions: ServerSession[], requests: Booking[]) {
  await waitFor(() => expect(todayScreen.rowCount()).toBe(sessions.length + requests.length))
  expect(wholeListSessionIds().sort()).toEqual(ids(sessions))
}
const optionNames = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((o) => o.textContent)

describe('filtering the sessions of a day', () => {
  it('shows one staff member’s sessions, from the staff of the day', async () => {
    const desk = await harness.freshDesk()
    harness.renderDesk(desk)
    const sessions = serverDay(harness.demo.state(), today())
    const requests = serverRequests(harness.demo.state(), today())
    await expectShown(sessions, requests)

    const select = screen.getByRole('combobox', { name: 'Staff' })
    const staff = [...new Set([...sessions.map((s) => s.staff), ...requests.map(requestStaff)])].sort(
      (a, b) => a.localeCompare(b),
    )
    expect(staff.length).toBeGreaterThan(1)
    expect(optionNames(select)).toEqual(['All staff', ...staff])
    expect((select as HTMLSelectElement).value).toBe('')

    // The busiest of them, so that what is left is more than one row but not all of them.
    const count = (name: string) => sessions.filter((s) => s.staff === name).length
    const chosen = [...staff].sort((a, b) => count(b) - count(a))[0]!
    await userEvent.selectOptions(select, chosen)
    const theirs = sessions.filter((s) => s.staff === chosen)
    const theirRequests = requests.filter((b) => requestStaff(b) === chosen)
    await expectShown(theirs, theirRequests)
    screen.getByText(new RegExp(`^${theirs.length} of ${sessions.length} sessions`))

    // Still filtered after a look at a roster.
    await userEvent.click(todayScreen.links()[0]!)
    expect(window.location.hash).toMatch(/^#\/session\//)
    const screens = screen.getByRole('navigation', { name: 'Screens' })
    await userEvent.click(within(screens).getByRole('link', { name: 'Today' }))
    await expectShown(theirs, theirRequests)

    // Still filtered on the next day, and the choice is still listed there.
    await userEvent.click(todayScreen.button('Next day'))
    const tomorrow = serverDay(harness.demo.state(), addDays(today(), 1))
    const theirsTomorrow = tomorrow.filter((s) => s.staff === chosen)
    const requestsTomorrow = serverRequests(harness.demo.state(), addDays(today(), 1))
    await expectShown(
      theirsTomorrow,
      requestsTomorrow.filter((b) => requestStaff(b) === chosen),
    )
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Staff' }).value).toBe(chosen)

    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }))
    await expectShown(tomorrow, requestsTomorrow)
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull()
  })

  it('shows one location’s sessions, and says so when the filters leave nothing', async () => {
    const desk = await harness.freshDesk()
    const data = harness.demo.state()
    // A day the desk keeps whose sessions are in more than one place.
    const kept = new Set((await desk.db.events.toArray()).map((e) => e.day))
    const day = serverDays(data).find(
      (d) => kept.has(d) && new Set(serverDay(data, d).map((s) => s.location)).size > 1,
    )
    expect(day, 'a day with sessions in two locations').toBeDefined()
    const sessions = serverDay(data, day!)
    const requests = serverRequests(data, day!)
    harness.renderDesk(desk, { path: paths.day(day!) })
    await expectShown(sessions, requests)

    const select = screen.getByRole('combobox', { name: 'Location' })
    const locations = [
      ...new Set([...sessions.map((s) => s.location), ...requests.map(requestLocation)]),
    ].sort((a, b) => a.localeCompare(b))
    expect(optionNames(select)).toEqual(['All locations', ...locations])
    for (const location of locations) {
      await userEvent.selectOptions(select, location)
      const there = sessions.filter((s) => s.location === location)
      await expectShown(
        there,
        requests.filter((b) => requestLocation(b) === location),
      )
    }

    // A location and a staff member who is never there that day.
    const pair = locations
      .flatMap((location) => sessions.map((s) => ({ location, staff: s.staff })))
      .find(
        ({ location, staff }) =>
          !sessions.some((s) => s.location === location && s.staff === staff) &&
          !requests.some((b) => requestLocation(b) === location && requestStaff(b) === staff),
      )
    expect(pair, 'someone who works only elsewhere that day').toBeDefined()
    await userEvent.selectOptions(select, pair!.location)
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Staff' }), pair!.staff)
    await screen.findByText('No sessions match these filters')
    expect(screen.queryByRole('list', { name: 'Sessions' })).toBeNull()

    await userEvent.selectOptions(select, 'All locations')
    const theirs = sessions.filter((s) => s.staff === pair!.staff)
    await expectShown(
      theirs,
      requests.filter((b) => requestStaff(b) === pair!.staff),
    )
    expect(screen.queryByText('No sessions match these filters')).toBeNull()
  })
})
