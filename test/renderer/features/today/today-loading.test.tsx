import { act, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { paths } from '../../../../renderer/src/frame/routes'
import { RollcallDb } from '../../../../renderer/src/db/schema'
import { createSyncEngine } from '../../../../renderer/src/sync/engine'
import type { BookingsGateway } from '../../../../renderer/src/sync/gateway'
import { inProcessLocks } from '../../../../renderer/src/sync/sync-lock'
import { UNDO_WINDOW_MS } from '../../../../renderer/src/sync/SyncEngineProvider'
import { gatewayOver } from '../../../integration/sync/demo-gateway'
import { openDeskHarness } from '../../desk/desk-harness'
import { accessibleName, todayScreen } from './today-screen'

const harness = await openDeskHarness()

/**
 * The demo site's gateway, holding the first page of the first two `startDate` reads — today's range, then
 * the later days' (the first sync reads today first) — each until its `release`.
 */
function gatewayHeldByRange() {
  const real = gatewayOver(harness.demo)
  const gates = [0, 1].map(() => {
    let open: () => void = () => {}
    const opened = new Promise<void>((resolve) => (open = resolve))
    return { open: () => open(), opened }
  })
  let ranges = 0
  const gateway: BookingsGateway = {
    ...real,
    bookings: {
      ...real.bookings,
      query: async (input) => {
        if ('select' in input && input.select.by === 'startDate') await gates[ranges++]?.opened
        return real.bookings.query(input)
      },
    },
  }
  return { gateway, releaseToday: gates[0]!.open, releaseLater: gates[1]!.open }
}

function summary(): string {
  return document.querySelector('.today__summary')?.textContent ?? ''
}

describe('the first sync, before the bookings are in', { timeout: 30_000 }, () => {
  it('says the day’s bookings are loading, never “0 booked”, then shows today’s counts while the later days load', async () => {
    harness.demo.reset()
    expect(harness.demo.state().bookings.length).toBeGreaterThan(200)
    const db = new RollcallDb(`today-loading-${process.pid}`)
    const { gateway, releaseToday, releaseLater } = gatewayHeldByRange()
    const engine = createSyncEngine({
      db,
      gateway,
      timeZone: () => harness.timeZone,
      staff: () => 'Front desk',
      now: harness.now,
      locks: inProcessLocks(),
      undoWindowMs: UNDO_WINDOW_MS,
    })
    const sync = engine.syncNow()
    harness.renderDesk({ db, engine }, { path: paths.today })

    // Today's sessions are in, its bookings are not.
    await waitFor(() => expect(todayScreen.links().length).toBeGreaterThan(3))
    await waitFor(() => expect(summary()).toMatch(/ · Bookings loading( \(.+\))?$/))
    expect(summary()).not.toMatch(/booked|checked in/)
    for (const link of todayScreen.links()) {
      expect(accessibleName(link)).toMatch(/, loading bookings$/)
      expect(accessibleName(link)).not.toMatch(/booked|checked in/)
      within(link).getByText('loading')
    }
    expect(screen.getByRole('progressbar', { name: 'First sync' })).toBeTruthy()

    // A roster opened now says the same, not "Nobody is booked".
    const first = todayScreen.links()[0]!
    await userEvent.click(first)
    await screen.findByRole('heading', { level: 2, name: /./ })
    await waitFor(() => expect(screen.getAllByText(/^Bookings loading/).length).toBeGreaterThan(0))
    expect(screen.queryByText('Nobody is booked into this session.')).toBeNull()
    expect(screen.queryByText(/\bbooked$/, { selector: '.roster-header__count' })).toBeNull()

    // Today's bookings are in while the rest of the window is still held: the roster counts, and so does
    // Today, with the first sync still going (its progress bar says so).
    releaseToday()
    await waitFor(() => screen.getByText(/^\d+ of \d+ booked$|^\d+ booked$/))
    expect(screen.queryByText(/^Bookings loading/)).toBeNull()
    act(() => {
      window.location.hash = paths.today
    })
    await waitFor(() => expect(summary()).toMatch(/ · \d+ booked · \d+ checked in/))
    const bar = screen.getByRole('progressbar', { name: 'First sync' })
    expect(bar.getAttribute('aria-valuetext')).toMatch(/\d/)

    releaseLater()
    await act(() => sync)
    await waitFor(() => expect(screen.queryByRole('progressbar', { name: 'First sync' })).toBeNull())
    expect(summary()).toMatch(/ · \d+ booked · \d+ checked in/)
    db.close()
  })
})
