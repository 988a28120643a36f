import { screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { businessDayOf } from '@shared/domain/business-day'
import { paths } from '../../../../renderer/src/frame/routes'
import { openDeskHarness } from '../../desk/desk-harness'
import { serverDay, serverRequests } from './server-truth'
import {
  accessibleName,
  linkedSessionId,
  scrollToLink,
  startsWithTimeAndTitle,
  todayScreen,
  wholeListSessionIds,
} from './today-screen'

const harness = await openDeskHarness()
const today = () => businessDayOf(new Date(harness.now()), harness.timeZone)

async function renderToday() {
  const desk = await harness.freshDesk()
  harness.renderDesk(desk, { path: paths.today })
  const sessions = serverDay(harness.demo.state(), today())
  // The day's appointment requests without a session are rows of their own among the sessions (issue 19).
  const requests = serverRequests(harness.demo.state(), today())
  await waitFor(() => expect(todayScreen.rowCount()).toBe(sessions.length + requests.length))
  expect(wholeListSessionIds()).toEqual(sessions.map((s) => s.id))
  return { sessions, requests }
}

describe('the sessions of Today as links', () => {
  it('names each session by its times and title first, as its row shows them, and opens its roster on click', async () => {
    const { sessions } = await renderToday()
    const session = sessions[sessions.length - 1]!
    // The day's last row: scrolled into the DOM (a virtual list holds only the rows in view and a few more).
    scrollToLink((link) => link.getAttribute('href') === `#/session/${encodeURIComponent(session.id)}`)
    const link = screen.getByRole('link', { name: startsWithTimeAndTitle(session.time, session.title) })
    expect(linkedSessionId(link)).toBe(session.id)
    expect(link.hasAttribute('data-row-primary')).toBe(true)

    await userEvent.click(link)
    expect(window.location.hash).toBe(`#/session/${encodeURIComponent(session.id)}`)
    expect(screen.queryByRole('list', { name: 'Sessions' })).toBeNull()
  })

  it('moves through the sessions with the arrow keys and opens one with Enter', async () => {
    const { sessions, requests } = await renderToday()
    // The first rows are sessions, and so is the last (the day's appointment requests come between).
    const firstRequestAt = Math.min(...requests.map((b) => Date.parse(b.startDate)))
    expect(sessions[3]!.startMs).toBeLessThan(firstRequestAt)
    expect(sessions[sessions.length - 1]!.startMs).toBeGreaterThan(
      Math.max(...requests.map((b) => Date.parse(b.startDate))),
    )
    const links = todayScreen.links()
    links[0]!.focus()

    await userEvent.keyboard('{ArrowDown}')
    await waitFor(() => expect(document.activeElement).toBe(todayScreen.links()[1]))
    await userEvent.keyboard('{ArrowDown}{ArrowDown}')
    await waitFor(() => expect(document.activeElement).toBe(todayScreen.links()[3]))
    await userEvent.keyboard('{ArrowUp}')
    await waitFor(() => expect(document.activeElement).toBe(todayScreen.links()[2]))
    await userEvent.keyboard('{End}')
    await waitFor(() =>
      expect(linkedSessionId(document.activeElement as HTMLElement)).toBe(sessions[sessions.length - 1]!.id),
    )
    const rows = within(todayScreen.list()).getAllByRole('listitem')
    expect(rows.find((row) => row.contains(document.activeElement))?.getAttribute('aria-posinset')).toBe(
      String(sessions.length + requests.length),
    )
    await userEvent.keyboard('{Home}')
    await waitFor(() => expect(document.activeElement).toBe(todayScreen.links()[0]))
    await userEvent.keyboard('{ArrowUp}')
    expect(document.activeElement).toBe(todayScreen.links()[0])

    await userEvent.keyboard('{ArrowDown}')
    await waitFor(() => expect(document.activeElement).toBe(todayScreen.links()[1]))
    const focused = document.activeElement as HTMLElement
    expect(accessibleName(focused)).toMatch(startsWithTimeAndTitle(sessions[1]!.time, sessions[1]!.title))
    await userEvent.keyboard('{Enter}')
    expect(window.location.hash).toBe(`#/session/${encodeURIComponent(linkedSessionId(focused))}`)
    // The link is gone with Today: focus goes to the session's title, not to the page.
    const title = await screen.findByRole('heading', { level: 2, name: sessions[1]!.title })
    await waitFor(() => expect(document.activeElement).toBe(title))
  })
})
