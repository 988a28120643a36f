import { render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import type { HandlerRegistry } from '../../../electron/main/ipc/handlers'
import { App } from '../../../renderer/src/frame/App'
import { RollcallDb } from '../../../renderer/src/db/schema'
import { setAsideWords } from '../../../renderer/src/sync/set-aside'
import { sampleHandlers } from '../../main/ipc/fixtures'
import { installFakeBridge } from '../fake-bridge'

let dbCounter = 0
const freshDb = () => new RollcallDb(`sync-set-aside-test-${++dbCounter}`)

/**
 * A site where main set aside records on the pages it answered: `counts` says how many are still to be met,
 * kind by kind. A pull reads the window in several ranges (today first); each odd record is on one page of
 * one of them, so the first page read answers them all and the rest none.
 */
function siteSettingAside(counts: { bookings: number; sessions: number; bookingReads?: number }) {
  const defaults = sampleHandlers()
  const page = (setAside: number) => ({ items: [], nextCursor: null, setAside })
  const met = (kind: 'bookings' | 'sessions') => {
    const setAside = counts[kind]
    counts[kind] = 0
    return page(setAside)
  }
  const handlers: HandlerRegistry = sampleHandlers({
    sessions: { ...defaults.sessions, query: () => met('sessions') },
    bookings: {
      ...defaults.bookings,
      query: () => {
        counts.bookingReads = (counts.bookingReads ?? 0) + 1
        return met('bookings')
      },
      count: () => ({ count: 0 }),
    },
    attendance: { ...defaults.attendance, query: () => page(0) },
  })
  return handlers
}

const setAsideNote = () =>
  within(screen.getByRole('banner')).queryByRole('status', { name: 'Records set aside' })

describe('records from Wix that could not be read', () => {
  afterEach(() => Reflect.deleteProperty(window, 'rollcall'))

  it('are said in words in the header; a pull of changes only does not make them go', async () => {
    const counts: Parameters<typeof siteSettingAside>[0] = { bookings: 2, sessions: 1 }
    installFakeBridge(siteSettingAside(counts))
    render(<App databaseFor={freshDb} />)
    const words = '2 bookings and 1 session from Wix could not be read — see the log'
    await waitFor(() => expect(setAsideNote()?.textContent).toBe(words))

    // "Sync now" reads what changed: the records it did not re-read are still unread on the desk.
    const readsBefore = counts.bookingReads ?? 0
    const syncNow = screen.getByRole('button', { name: 'Sync now' })
    await userEvent.click(syncNow)
    await waitFor(() => {
      expect(counts.bookingReads).toBeGreaterThan(readsBefore)
      expect((syncNow as HTMLButtonElement).disabled).toBe(false)
    })
    expect(setAsideNote()?.textContent).toBe(words)
  })

  it('say nothing when Wix sent nothing odd', async () => {
    installFakeBridge(siteSettingAside({ bookings: 0, sessions: 0 }))
    render(<App databaseFor={freshDb} />)
    const status = within(screen.getByRole('banner')).getByRole('status', { name: 'Sync' })
    await waitFor(() => expect(status.title).toMatch(/^Last synced /))
    expect(setAsideNote()).toBeNull()
  })

  it('are counted in the singular and the plural, kind by kind', () => {
    expect(setAsideWords({ bookings: 0, sessions: 0, attendance: 0, services: 0 })).toBeNull()
    expect(setAsideWords({ bookings: 1, sessions: 0, attendance: 0, services: 0 })).toBe(
      '1 booking from Wix could not be read — see the log',
    )
    expect(setAsideWords({ bookings: 3, sessions: 2, attendance: 1, services: 0 })).toBe(
      '3 bookings, 2 sessions and 1 attendance record from Wix could not be read — see the log',
    )
    expect(setAsideWords({ bookings: 0, sessions: 0, attendance: 0, services: 2 })).toBe(
      '2 services from Wix could not be read — see the log',
    )
  })
})
