import { screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { openDeskHarness } from './desk-harness'

const harness = await openDeskHarness()

describe('the desk frame', () => {
  it('shows the header tools, the screens and the sync status over a synced store', async () => {
    const desk = await harness.freshDesk()
    harness.renderDesk(desk)
    const banner = screen.getByRole('banner')
    within(banner).getByRole('combobox', { name: 'Find attendee' })
    within(banner).getByRole('button', { name: 'Add walk-in' })
    expect(within(banner).getByRole('status', { name: 'Sync' }).textContent).toContain('All changes synced')
    const nav = screen.getByRole('navigation', { name: 'Screens' })
    expect(within(nav).getByRole('link', { name: 'Today' }).getAttribute('aria-current')).toBe('page')
    await userEvent.click(within(nav).getByRole('link', { name: /^Pending/ }))
    expect(window.location.hash).toBe('#/pending')
  })

  it('opens the shortcuts list with ? and focuses the search with /', async () => {
    const desk = await harness.freshDesk()
    harness.renderDesk(desk)
    await userEvent.keyboard('?')
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })
    within(dialog).getByText('Find attendee (name, e-mail or phone)')
    await userEvent.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    await userEvent.keyboard('/')
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Find attendee' }))
  })
})
