import { screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { addDays, businessDayOf } from '@shared/domain/business-day'
import { paths } from '../../../../renderer/src/frame/routes'
import { useTodayFilter } from '../../../../renderer/src/features/today/today-filter-store'
import { openDeskHarness } from '../../desk/desk-harness'
import { serverDay, serverDays, type ServerSession } from './server-truth'
import { linkedSessionId, todayScreen } from './today-screen'

const harness = await openDeskHarness()
const today = () => businessDayOf(new Date(harness.now()), harness.timeZone)

// The filters outlive the screen (a trip to a roster and back keeps them): each test starts unfiltered.
beforeEach(() => useTodayFilter.getState().clear())

const ids = (sessions: ServerSession[]) => sessions.map((s) => s.id).sort()
const shownIds = () => todayScreen.links().map(linkedSessionId).sort()
const optionNames = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((o) => o.textContent)

describe('filtering the sessions of a day', () => {
  it('shows one staff member’s sessions, from the staff of the day', async () => {
    const desk = await harness.freshDesk()
    harness.renderDesk(desk)
    const sessions = serverDay(harness.demo.state(), today())
    await waitFor(() => expect(shownIds()).toEqual(ids(sessions)))

    const select = screen.getByRole('combobox', { name: 'Staff' })
    const staff = [...new Set(sessions.map((s) => s.staff))].sort((a, b) => a.localeCompare(b))
    expect(staff.length).toBeGreaterThan(1)
    expect(optionNames(select)).toEqual(['All staff', ...staff])
    expect((select as HTMLSelectElement).value).toBe('')

    // The busiest of them, so that what is left is more than one row but not all of them.
    const count = (name: string) => sessions.filter((s) => s.staff === name).length
    const chosen = [...staff].sort((a, b) => count(b) - count(a))[0]!
    await userEvent.selectOptions(select, chosen)
    const theirs = sessions.filter((s) => s.staff === chosen)
    await waitFor(() => expect(shownIds()).toEqual(ids(theirs)))
    screen.getByText(new RegExp(`^${theirs.length} of ${sessions.length} sessions`))

    // Still filtered after a look at a roster.
    await userEvent.click(todayScreen.links()[0]!)
    expect(window.location.hash).toMatch(/^#\/session\//)
    const screens = screen.getByRole('navigation', { name: 'Screens' })
    await userEvent.click(within(screens).getByRole('link', { name: 'Today' }))
    await waitFor(() => expect(shownIds()).toEqual(ids(theirs)))

    // Still filtered on the next day, and the choice is still listed there.
    await userEvent.click(todayScreen.button('Next day'))
    const tomorrow = serverDay(harness.demo.state(), addDays(today(), 1))
    const theirsTomorrow = tomorrow.filter((s) => s.staff === chosen)
    await waitFor(() => expect(shownIds()).toEqual(ids(theirsTomorrow)))
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Staff' }).value).toBe(chosen)

    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }))
    await waitFor(() => expect(shownIds()).toEqual(ids(tomorrow)))
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
    harness.renderDesk(desk, { path: paths.day(day!) })
    await waitFor(() => expect(shownIds()).toEqual(ids(sessions)))

    const select = screen.getByRole('combobox', { name: 'Location' })
    const locations = [...new Set(sessions.map((s) => s.location))].sort((a, b) => a.localeCompare(b))
    expect(optionNames(select)).toEqual(['All locations', ...locations])
    for (const location of locations) {
      await userEvent.selectOptions(select, location)
      const there = sessions.filter((s) => s.location === location)
      await waitFor(() => expect(shownIds()).toEqual(ids(there)))
    }

    // A location and a staff member who is never there that day.
    const pair = locations
      .flatMap((location) => sessions.map((s) => ({ location, staff: s.staff })))
      .find(({ location, staff }) => !sessions.some((s) => s.location === location && s.staff === staff))
    expect(pair, 'someone who works only elsewhere that day').toBeDefined()
    await userEvent.selectOptions(select, pair!.location)
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Staff' }), pair!.staff)
    await screen.findByText('No sessions match these filters')
    expect(screen.queryByRole('list', { name: 'Sessions' })).toBeNull()

    await userEvent.selectOptions(select, 'All locations')
    const theirs = sessions.filter((s) => s.staff === pair!.staff)
    await waitFor(() => expect(shownIds()).toEqual(ids(theirs)))
    expect(screen.queryByText('No sessions match these filters')).toBeNull()
  })
})
