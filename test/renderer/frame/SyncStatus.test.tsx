import { act, render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { WixApiError } from '../../../electron/main/wix/errors'
import type { HandlerRegistry } from '../../../electron/main/ipc/handlers'
import { App } from '../../../renderer/src/frame/App'
import { RollcallDb } from '../../../renderer/src/db/schema'
import { initialConnectivity, useShellStore } from '../../../renderer/src/frame/shell-store'
import { initialSyncState, type SyncEngineState } from '../../../renderer/src/sync/engine-state'
import { syncNowOfflineWords, syncSummary } from '../../../renderer/src/frame/SyncStatus'
import { sampleHandlers } from '../../main/ipc/fixtures'
import { installFakeBridge } from '../fake-bridge'

let dbCounter = 0
const freshDb = () => new RollcallDb(`sync-status-test-${++dbCounter}`)

function setBrowserOnline(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { value: online, configurable: true })
  window.dispatchEvent(new Event(online ? 'online' : 'offline'))
}

const emptyPage = { items: [], nextCursor: null, setAside: 0 }

/**
 * main's handlers for a site with nothing booked: empty pages and a zero count. `sessions.query` counts its
 * calls (the first thing every pull asks) and answers whatever `sessionsAnswer` says.
 */
function emptySiteHandlers(
  sessionsAnswer: () => Promise<typeof emptyPage> = () => Promise.resolve(emptyPage),
) {
  const calls = { sessions: 0 }
  const defaults = sampleHandlers()
  const handlers: HandlerRegistry = sampleHandlers({
    sessions: {
      ...defaults.sessions,
      query: () => {
        calls.sessions++
        return sessionsAnswer()
      },
    },
    bookings: {
      ...defaults.bookings,
      query: () => emptyPage,
      count: () => ({ count: 0 }),
    },
    attendance: { ...defaults.attendance, query: () => emptyPage },
  })
  return { handlers, calls }
}

/** A promise the test settles when it chooses. */
function gate<T>() {
  let open: (value: T) => void = () => {}
  const promise = new Promise<T>((resolve) => (open = resolve))
  return { promise, open }
}

function syncStatus(): HTMLElement {
  return within(screen.getByRole('banner')).getByRole('status', { name: 'Sync' })
}

async function firstSyncDone(): Promise<HTMLElement> {
  const status = syncStatus()
  await waitFor(() => expect(status.title).toMatch(/^Last synced /))
  expect(status.textContent).toBe('All changes synced')
  return status
}

describe('the sync status in the header', () => {
  beforeEach(() => {
    useShellStore.setState({
      appInfo: null,
      site: null,
      connectivity: initialConnectivity,
      browserOnline: true,
      bridgeProblem: null,
    })
    Object.defineProperty(navigator, 'onLine', { value: true, configurable: true })
  })
  afterEach(() => Reflect.deleteProperty(window, 'rollcall'))

  it('reads "All changes synced" once the first sync is through', async () => {
    const firstAnswer = gate<typeof emptyPage>()
    const { handlers, calls } = emptySiteHandlers(() => firstAnswer.promise)
    installFakeBridge(handlers)
    render(<App databaseFor={freshDb} />)
    const status = syncStatus()

    // The first pull is under way (held at its first question): the desk is told the schedule is loading.
    await waitFor(() => expect(calls.sessions).toBe(1))
    expect(status.textContent).toMatch(/^Loading the schedule…/)
    expect(status.title).toBe('')
    expect(screen.getByRole('button', { name: 'Sync now' })).toHaveProperty('disabled', true)

    act(() => firstAnswer.open(emptyPage))
    await firstSyncDone()
    expect(screen.getByRole('button', { name: 'Sync now' })).toHaveProperty('disabled', false)
  })

  it('syncs again on "Sync now"', async () => {
    const { handlers, calls } = emptySiteHandlers()
    installFakeBridge(handlers)
    render(<App databaseFor={freshDb} />)
    const status = await firstSyncDone()
    const button = screen.getByRole('button', { name: 'Sync now' })
    // The first (full) pull read sessions three times: today, the later days, the earlier day.
    const before = calls.sessions
    expect(before).toBe(3)

    await userEvent.click(button)
    await waitFor(() => expect(calls.sessions).toBe(before + 1))
    await waitFor(() => expect(button).toHaveProperty('disabled', false))
    expect(calls.sessions).toBe(before + 1)
    expect(status.textContent).toBe('All changes synced')
  })

  it('says Offline when the browser loses the line, and drops it when the line is back', async () => {
    const { handlers } = emptySiteHandlers()
    installFakeBridge(handlers)
    render(<App databaseFor={freshDb} />)
    const status = await firstSyncDone()

    act(() => setBrowserOnline(false))
    expect(status.textContent).toContain('Offline')
    expect(status.textContent).toBe('Offline · All changes synced')

    act(() => setBrowserOnline(true))
    await waitFor(() => expect(status.textContent).toBe('All changes synced'))
  })

  it('says why "Sync now" sent nothing during an outage, and drops it when the line is back', async () => {
    const { handlers } = emptySiteHandlers()
    installFakeBridge(handlers)
    render(<App databaseFor={freshDb} />)
    await firstSyncDone()
    const result = within(screen.getByRole('banner')).getByRole('status', { name: 'Why nothing was sent' })
    expect(result.textContent).toBe('')

    act(() => setBrowserOnline(false))
    await userEvent.click(screen.getByRole('button', { name: 'Sync now' }))
    await waitFor(() =>
      expect(result.textContent).toBe(
        'Offline: nothing was sent. Nothing is waiting to go out; the schedule updates when the line is back.',
      ),
    )

    act(() => setBrowserOnline(true))
    await waitFor(() => expect(result.textContent).toBe(''))
  })

  it('pauses and asks to reconnect the site when Wix no longer accepts the key', async () => {
    const { handlers, calls } = emptySiteHandlers(() =>
      Promise.reject(
        new WixApiError({ kind: 'auth', code: 'UNAUTHENTICATED', status: 401, message: 'Not authenticated' }),
      ),
    )
    installFakeBridge(handlers)
    render(<App databaseFor={freshDb} />)
    const status = syncStatus()

    await waitFor(() => expect(status.textContent).toContain('Paused: reconnect the site'))
    expect(calls.sessions).toBeGreaterThan(0)
    expect(status.title).toMatch(/Reconnect the site in Settings/)
    expect(status.textContent).not.toContain('Loading the schedule…')
    expect(screen.getByRole('link', { name: 'Reconnect' }).getAttribute('href')).toBe('#/settings')
  })

  it('does not send someone already in Settings to Settings: no Reconnect link, the sentence points below', async () => {
    const { handlers } = emptySiteHandlers(() =>
      Promise.reject(
        new WixApiError({ kind: 'auth', code: 'UNAUTHENTICATED', status: 401, message: 'Not authenticated' }),
      ),
    )
    installFakeBridge(handlers)
    render(<App databaseFor={freshDb} />)
    const status = syncStatus()
    await waitFor(() => expect(status.textContent).toContain('Paused: reconnect the site'))
    await userEvent.click(screen.getByRole('link', { name: 'Reconnect' }))
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Reconnect' })).toBeNull())
    expect(status.title).not.toMatch(/in Settings/)
    expect(status.title).toMatch(/Site section below/)
  })

  it('resumes when the same site is connected again (a new key, no other change)', async () => {
    let keyRevoked = true
    const { handlers } = emptySiteHandlers(() =>
      keyRevoked
        ? Promise.reject(
            new WixApiError({
              kind: 'auth',
              code: 'UNAUTHENTICATED',
              status: 401,
              message: 'Not authenticated',
            }),
          )
        : Promise.resolve(emptyPage),
    )
    installFakeBridge(handlers)
    render(<App databaseFor={freshDb} />)
    const status = syncStatus()
    await waitFor(() => expect(status.textContent).toContain('Paused: reconnect the site'))

    // Settings connects the same site with a new key: main answers a new status, identical in every field.
    keyRevoked = false
    const site = useShellStore.getState().site
    if (!site) throw new Error('no site')
    act(() => useShellStore.getState().setSite({ ...site }))
    await firstSyncDone()
    expect(screen.queryByRole('link', { name: 'Reconnect' })).toBeNull()
  })
})

describe('syncNowOfflineWords', () => {
  it('says nothing was sent and the changes are kept, in the singular and the plural', () => {
    expect(syncNowOfflineWords(3)).toBe(
      'Offline: nothing was sent. Your 3 changes are kept and go out when the line is back.',
    )
    expect(syncNowOfflineWords(1)).toBe(
      'Offline: nothing was sent. Your change is kept and goes out when the line is back.',
    )
  })
})

describe('syncSummary', () => {
  // A desk that has synced before, unless a test says otherwise.
  const summary = (changes: Partial<SyncEngineState>) =>
    syncSummary({ ...initialSyncState, hasData: true, ...changes })

  it('says all is synced when nothing waits', () => {
    expect(summary({})).toBe('All changes synced')
    expect(summary({ lastSyncedAt: 1 })).toBe('All changes synced')
  })

  it('does not claim anything is synced before the first load', () => {
    expect(summary({ hasData: false })).toBe('Not synced yet')
    expect(summary({ hasData: false, online: false })).toBe('Offline · Not synced yet')
  })

  it('counts the changes waiting, in the singular and the plural', () => {
    expect(summary({ pendingCount: 1 })).toBe('1 change waiting')
    expect(summary({ pendingCount: 3 })).toBe('3 changes waiting')
  })

  it('puts Offline first', () => {
    expect(summary({ online: false, pendingCount: 2 })).toBe('Offline · 2 changes waiting')
    expect(summary({ online: false })).toBe('Offline · All changes synced')
  })

  it('counts what needs attention, in the singular and the plural', () => {
    expect(summary({ attentionCount: 1 })).toBe('All changes synced · 1 needs attention')
    expect(summary({ attentionCount: 2 })).toBe('All changes synced · 2 need attention')
    expect(summary({ pendingCount: 1, attentionCount: 2 })).toBe('1 change waiting · 2 need attention')
  })

  it('says the schedule is loading during the first pull only', () => {
    expect(summary({ phase: 'pulling', hasData: false })).toBe('Loading the schedule…')
    expect(summary({ phase: 'pulling', hasData: false, pendingCount: 2 })).toBe(
      'Loading the schedule… · 2 changes waiting',
    )
    expect(summary({ phase: 'pulling', hasData: true })).not.toContain('Loading')
    expect(summary({ phase: 'pushing', hasData: false })).not.toContain('Loading')
  })

  it('asks to reconnect the site while paused for auth, instead of loading', () => {
    expect(summary({ phase: 'paused-auth', pendingCount: 1 })).toBe(
      'Paused: reconnect the site · 1 change waiting',
    )
    expect(summary({ phase: 'paused-auth', online: false })).toBe(
      'Offline · Paused: reconnect the site · All changes synced',
    )
  })
})
