import { screen, waitFor } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { addDays, businessDayOf } from '@shared/domain/business-day'
import { paths } from '../../../../renderer/src/frame/routes'
import { DEFAULT_STAFF_NAME, usePreferences } from '../../../../renderer/src/state/preferences'
import { DEFAULT_WINDOW } from '../../../../renderer/src/sync/sync-window'
import { openDeskHarness } from '../../desk/desk-harness'

// pinned: the harness's clock is Tue, Mar 10, 2026 (10:20 in Chicago); the days below count from it.
const harness = await openDeskHarness()
const today = () => businessDayOf(new Date(harness.now()), harness.timeZone)

afterEach(() =>
  usePreferences.setState({ staffName: DEFAULT_STAFF_NAME, window: DEFAULT_WINDOW, notifyCustomers: true }),
)

describe('a day not kept on this computer', () => {
  it('says the day is not kept rather than that it has no sessions, and keeps it on request', async () => {
    const desk = await harness.freshDesk()
    const day = addDays(today(), 13)
    harness.renderDesk(desk, { path: paths.day(day) })
    await screen.findByText(
      'Mon, Mar 23 is not kept on this computer (Rollcall keeps yesterday to 7 days ahead).',
    )
    expect(screen.queryByText('No sessions on this day')).toBeNull()

    await userEvent.click(screen.getByRole('button', { name: 'Keep the days up to Mon, Mar 23' }))
    expect(usePreferences.getState().window).toEqual({ daysBefore: 1, daysAfter: 13 })
    const kept = await screen.findByText(
      'Mon, Mar 23 is now kept on this computer (Rollcall keeps yesterday to 13 days ahead); its sessions load with the next sync.',
    )
    expect(screen.getAllByRole('status')).toContain(kept)
    expect(document.activeElement).toBe(kept)
    expect(screen.queryByRole('button', { name: /^Keep the days/ })).toBeNull()
    // The sync it started (to load the wider window) ends before the next test.
    await waitFor(() => expect(desk.engine.getState().phase).toBe('idle'))
  })

  it('widens the days kept before today for an earlier day', async () => {
    const desk = await harness.freshDesk()
    harness.renderDesk(desk, { path: paths.day(addDays(today(), -3)) })
    await screen.findByText(
      'Sat, Mar 7 is not kept on this computer (Rollcall keeps yesterday to 7 days ahead).',
    )
    await userEvent.click(screen.getByRole('button', { name: 'Keep the days from Sat, Mar 7' }))
    expect(usePreferences.getState().window).toEqual({ daysBefore: 3, daysAfter: 7 })
    await waitFor(() => expect(desk.engine.getState().phase).toBe('idle'))
  })
})
