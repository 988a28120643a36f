import { screen, waitFor } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { businessDayOf } from '@shared/domain/business-day'
import { paths } from '../../../../renderer/src/frame/routes'
import { openDeskHarness } from '../../desk/desk-harness'
import { serverDay } from './server-truth'
import { accessibleName, linkedSessionId, startsWithTitleAndTime, todayScreen } from './today-screen'

const harness = await openDeskHarness()
const today = () => businessDayOf(new Date(harness.now()), harness.timeZone)

async function renderToday() {
  const desk = await harness.freshDesk()
  harness.renderDesk(desk, { path: paths.today })
  const sessions = serverDay(harness.demo.state(), today())
  await waitFor(() => expect(todayScreen.links()).toHaveLength(sessions.length))
  return sessions
}

describe('the sessions of Today as links', () => {
  it('names each session by its title and time first, and opens its roster on click', async () => {
    const sessions = await renderToday()
    const session = sessions[sessions.length - 1]!
    const link = screen.getByRole('link', { name: startsWithTitleAndTime(session.title, session.time) })
    expect(linkedSessionId(link)).toBe(session.id)
    expect(link.hasAttribute('data-row-primary')).toBe(true)

    await userEvent.click(link)
    expect(window.location.hash).toBe(`#/session/${encodeURIComponent(session.id)}`)
    expect(screen.queryByRole('list', { name: 'Sessions' })).toBeNull()
  })

  it('moves through the sessions with the arrow keys and opens one with Enter', async () => {
    const sessions = await renderToday()
    const links = todayScreen.links()
    links[0]!.focus()

    await userEvent.keyboard('{ArrowDown}')
    await waitFor(() => expect(document.activeElement).toBe(todayScreen.links()[1]))
    await userEvent.keyboard('{ArrowDown}{ArrowDown}')
    await waitFor(() => expect(document.activeElement).toBe(todayScreen.links()[3]))
    await userEvent.keyboard('{ArrowUp}')
    await waitFor(() => expect(document.activeElement).toBe(todayScreen.links()[2]))
    await userEvent.keyboard('{End}')
    await waitFor(() => expect(document.activeElement).toBe(todayScreen.links()[sessions.length - 1]))
    await userEvent.keyboard('{Home}')
    await waitFor(() => expect(document.activeElement).toBe(todayScreen.links()[0]))
    await userEvent.keyboard('{ArrowUp}')
    expect(document.activeElement).toBe(todayScreen.links()[0])

    await userEvent.keyboard('{ArrowDown}')
    await waitFor(() => expect(document.activeElement).toBe(todayScreen.links()[1]))
    const focused = document.activeElement as HTMLElement
    expect(accessibleName(focused).startsWith(`${sessions[1]!.title}, ${sessions[1]!.time}`)).toBe(true)
    await userEvent.keyboard('{Enter}')
    expect(window.location.hash).toBe(`#/session/${encodeURIComponent(linkedSessionId(focused))}`)
    // The link is gone with Today: focus goes to the session's title, not to the page.
    const title = await screen.findByRole('heading', { level: 2, name: sessions[1]!.title })
    await waitFor(() => expect(document.activeElement).toBe(title))
  })
})
