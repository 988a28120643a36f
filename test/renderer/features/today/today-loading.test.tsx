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

/** The demo site's gateway, holding the second page of bookings (and all after it) until `release()`. */
function gatewayHeldAtSecondPage() {
  const real = gatewayOver(harness.demo)
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  const gateway: BookingsGateway = {
    ...real,
    bookings: {
      ...real.bookings,
      query: async (input) => {
        if ('cursor' in input) await held
        return real.bookings.query(input)
      },
    },
  }
  return { gateway, release: () => release() }
}

function summary(): string {
  return document.querySelector('.today__summary')?.textContent ?? ''
}

describe('the first sync, before the bookings are in', { timeout: 30_000 }, () => {
  it('says the day’s bookings are loading and how far, never “0 booked”, then shows the counts', async () => {
    harness.demo.reset()
    expect(harness.demo.state().bookings.length).toBeGreaterThan(200)
    const db = new RollcallDb(`today-loading-${process.pid}`)
    const { gateway, release } = gatewayHeldAtSecondPage()
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

    // The sessions are in, the bookings are not: the first page is read, the rest held.
    await waitFor(() => expect(todayScreen.links().length).toBeGreaterThan(3))
    await waitFor(() => expect(summary()).toMatch(/ · Bookings loading \(100 of [\d,]+ bookings\)$/))
    expect(summary()).not.toMatch(/booked|checked in/)
    for (const link of todayScreen.links()) {
      expect(accessibleName(link)).toMatch(/, bookings loading$/)
      expect(accessibleName(link)).not.toMatch(/booked|checked in/)
      within(link).getByText('loading')
    }
    // The progress bar carries numbers.
    const bar = screen.getByRole('progressbar', { name: 'First sync' })
    expect(bar.getAttribute('aria-valuetext')).toMatch(/^100 of [\d,]+ bookings$/)
    within(bar.parentElement!).getByText(/^100 of [\d,]+ bookings$/)

    // A roster opened now says the same, not "Nobody is booked".
    const first = todayScreen.links()[0]!
    await userEvent.click(first)
    await screen.findByRole('heading', { level: 2, name: /./ })
    await waitFor(() =>
      expect(screen.getAllByText(/^Bookings loading \(100 of [\d,]+ bookings\)/).length).toBe(2),
    )
    expect(screen.queryByText('Nobody is booked into this session.')).toBeNull()
    expect(screen.queryByText(/\bbooked$/, { selector: '.roster-header__count' })).toBeNull()

    release()
    await act(() => sync)
    // Everything is in: the roster counts, then Today's numbers.
    await waitFor(() => screen.getByText(/^\d+ of \d+ booked$|^\d+ booked$/))
    expect(screen.queryByText(/^Bookings loading/)).toBeNull()
    window.location.hash = paths.today
    await waitFor(() => expect(summary()).toMatch(/ · \d+ booked · \d+ checked in/))
    expect(screen.queryByRole('progressbar', { name: 'First sync' })).toBeNull()
    db.close()
  })
})
