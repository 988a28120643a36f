// Time is pinned here: the dates below are fixed data or the demo site's pinned clock, never the machine's date
// or zone (npm run test:clocks runs this file under moved clocks and zones).
import { fireEvent, screen, waitFor } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { addDays, businessDayOf, formatBusinessDay } from '@shared/domain/business-day'
import { paths } from '../../../../renderer/src/frame/routes'
import { openDeskHarness } from '../../desk/desk-harness'
import { serverDay, serverRequests } from './server-truth'
import { todayScreen, wholeListSessionIds } from './today-screen'

const harness = await openDeskHarness()
const today = () => businessDayOf(new Date(harness.now()), harness.timeZone)

/**
 * The screen shows `day`: its heading, its address, and the site's sessions of that day (with its appointment
 * requests without a session, rows of their own: the whole list, read by scrolling it through).
 */
async function expectDay(day: string) {
  const isToday = day === today()
  const heading = isToday ? `Today, ${formatBusinessDay(day)}` : formatBusinessDay(day)
  await screen.findByRole('heading', { level: 2, name: heading })
  expect(window.location.hash).toBe(isToday ? '#/' : `#${paths.day(day)}`)
  const sessions = serverDay(harness.demo.state(), day)
  const requests = serverRequests(harness.demo.state(), day)
  await waitFor(() => expect(todayScreen.rowCount()).toBe(sessions.length + requests.length))
  expect(wholeListSessionIds().sort()).toEqual(sessions.map((s) => s.id).sort())
  expect(todayScreen.button('Today').hasAttribute('disabled')).toBe(isToday)
}

describe('switching days on Today', () => {
  it('goes to the previous and next day and back to today with the buttons', async () => {
    const desk = await harness.freshDesk()
    harness.renderDesk(desk, { path: paths.today })
    await expectDay(today())

    await userEvent.click(todayScreen.button('Next day'))
    await expectDay(addDays(today(), 1))
    await userEvent.click(todayScreen.button('Next day'))
    await expectDay(addDays(today(), 2))
    await userEvent.click(todayScreen.button('Today'))
    await expectDay(today())
    await userEvent.click(todayScreen.button('Previous day'))
    await expectDay(addDays(today(), -1))
  })

  it('answers [ ] and T, but not while typing in a field or with a dialog open', async () => {
    const desk = await harness.freshDesk()
    harness.renderDesk(desk)
    await expectDay(today())
    // Screen readers announce the keys with the buttons.
    expect(todayScreen.button('Previous day').getAttribute('aria-keyshortcuts')).toBe('[')
    expect(todayScreen.button('Next day').getAttribute('aria-keyshortcuts')).toBe(']')
    expect(todayScreen.button('Today').getAttribute('aria-keyshortcuts')).toBe('T')

    // user-event reads `[` as the start of a key name: `[[` is one `[` key press.
    await userEvent.keyboard(']')
    await expectDay(addDays(today(), 1))
    await userEvent.keyboard('[[[[')
    await expectDay(addDays(today(), -1))
    await userEvent.keyboard('t')
    await expectDay(today())
    await userEvent.keyboard('[[')
    await expectDay(addDays(today(), -1))
    await userEvent.keyboard('T')
    await expectDay(today())

    // A field keeps the keys for itself: the date field, the filter selects.
    screen.getByLabelText('Go to day').focus()
    await userEvent.keyboard(']t[[')
    screen.getByRole('combobox', { name: 'Staff' }).focus()
    await userEvent.keyboard(']t[[')
    await expectDay(today())

    // So does the shortcuts dialog.
    await userEvent.click(document.body)
    await userEvent.keyboard('?')
    await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })
    await userEvent.keyboard(']')
    await userEvent.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    await expectDay(today())
    await userEvent.keyboard(']')
    await expectDay(addDays(today(), 1))
  })

  it('goes to the day picked in “Go to day”, and follows the day shown', async () => {
    const desk = await harness.freshDesk()
    harness.renderDesk(desk)
    await expectDay(today())
    const field = screen.getByLabelText<HTMLInputElement>('Go to day')
    expect(field.type).toBe('date')
    expect(field.value).toBe(today())

    const target = addDays(today(), 3)
    fireEvent.change(field, { target: { value: target } })
    await expectDay(target)
    expect(field.value).toBe(target)
    await userEvent.click(todayScreen.button('Previous day'))
    await expectDay(addDays(target, -1))
    expect(field.value).toBe(addDays(target, -1))

    // A year being typed digit by digit (0002, 0020, …) is no day to go to.
    fireEvent.change(field, { target: { value: '0202-03-10' } })
    await expectDay(addDays(target, -1))
  })

  it('goes back to today from an address that names no real day', async () => {
    const desk = await harness.freshDesk()
    harness.renderDesk(desk, { path: '/day/2026-02-30' })
    await expectDay(today())
  })
})
