import { act, render, screen, waitFor, within } from '@testing-library/react'
import { Dexie } from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { App } from '../../../renderer/src/frame/App'
import { RollcallDb, SCHEMA_V1, SCHEMA_V2 } from '../../../renderer/src/db/schema'
import { initialConnectivity, useShellStore } from '../../../renderer/src/frame/shell-store'
import type { UpdateStatus } from '@shared/ipc/app'
import { demoSiteStatus, onlineStatus, sampleHandlers } from '../../main/ipc/fixtures'
import { installFakeBridge } from '../fake-bridge'

let dbCounter = 0
const freshDb = () => new RollcallDb(`app-test-${++dbCounter}`)

function setBrowserOnline(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { value: online, configurable: true })
  window.dispatchEvent(new Event(online ? 'online' : 'offline'))
}

describe('the app frame', () => {
  beforeEach(() => {
    useShellStore.setState({
      appInfo: null,
      connectivity: initialConnectivity,
      browserOnline: true,
      bridgeProblem: null,
    })
    Object.defineProperty(navigator, 'onLine', { value: true, configurable: true })
  })
  afterEach(() => Reflect.deleteProperty(window, 'rollcall'))

  it('shows the business name from main, marks the demo site, and opens on Today', async () => {
    installFakeBridge()
    render(<App databaseFor={freshDb} />)
    const banner = screen.getByRole('banner')
    await within(banner).findByRole('heading', { level: 1, name: 'Juniper Street Studio' })
    within(banner).getByText('Demo site')
    screen.getByRole('main')
    await screen.findByRole('heading', { level: 2, name: /^Today, \w+day, \w+ \d+$/ })
  })

  it('follows a switch of site pushed from main', async () => {
    const bridge = installFakeBridge()
    render(<App databaseFor={freshDb} />)
    const banner = screen.getByRole('banner')
    await within(banner).findByRole('heading', { level: 1, name: 'Juniper Street Studio' })
    act(() =>
      bridge.events.publish('site', 'changed', {
        ...demoSiteStatus,
        mode: 'wix',
        businessName: 'Harbor Yoga',
        timeZone: 'Europe/Lisbon',
      }),
    )
    within(banner).getByRole('heading', { level: 1, name: 'Harbor Yoga' })
    expect(within(banner).queryByText('Demo site')).toBeNull()
  })

  it('shows the connection state and follows pushes from main', async () => {
    const bridge = installFakeBridge()
    render(<App databaseFor={freshDb} />)
    const status = screen.getByRole('status', { name: 'Connection' })
    await within(status).findByText('Online')

    act(() =>
      bridge.events.publish('connectivity', 'changed', { ...onlineStatus, state: 'offline', reason: 'x' }),
    )
    expect(status.textContent).toBe('Offline')
    act(() => bridge.events.publish('connectivity', 'changed', onlineStatus))
    expect(status.textContent).toBe('Online')
  })

  it('asks main at start whether an update is ready, and follows its pushes', async () => {
    const defaults = sampleHandlers()
    const bridge = installFakeBridge(
      sampleHandlers({
        app: { ...defaults.app, updateStatus: () => ({ state: 'ready', version: '0.2.0' }) },
      }),
    )
    render(<App databaseFor={freshDb} />)
    const prompt = await screen.findByRole('region', { name: 'Update ready' })
    within(prompt).getByRole('button', { name: 'Restart to update' })
    act(() => bridge.events.publish('app', 'updateChanged', { state: 'idle' }))
    expect(screen.queryByRole('region', { name: 'Update ready' })).toBeNull()
    act(() => bridge.events.publish('app', 'updateChanged', { state: 'ready', version: '0.2.1' }))
    expect(
      within(screen.getByRole('region', { name: 'Update ready' })).getByRole('status').textContent,
    ).toContain('Rollcall 0.2.1 is ready to install.')
  })

  it('lets a push from main win over a slower answer to its first question', async () => {
    let answer: (status: UpdateStatus) => void = () => {}
    const defaults = sampleHandlers()
    const bridge = installFakeBridge(
      sampleHandlers({
        app: {
          ...defaults.app,
          updateStatus: () => new Promise<UpdateStatus>((resolve) => (answer = resolve)),
        },
      }),
    )
    // The promise the app got for its question: awaited here after the app's own handler (reactions to a
    // promise run in the order they were attached), so the test goes on once the answer has been handled.
    let asked: Promise<unknown> | undefined
    const { app } = window.rollcall!
    const ask = app.updateStatus
    app.updateStatus = () => (asked = ask())
    render(<App databaseFor={freshDb} />)
    await screen.findByRole('heading', { level: 1, name: 'Juniper Street Studio' })
    expect(asked).toBeInstanceOf(Promise)
    act(() => bridge.events.publish('app', 'updateChanged', { state: 'ready', version: '0.2.0' }))
    await act(async () => {
      answer({ state: 'downloading', version: '0.2.0' })
      await asked
    })
    expect(useShellStore.getState().update).toEqual({ state: 'ready', version: '0.2.0' })
    screen.getByRole('region', { name: 'Update ready' })
  })

  it('goes Offline on the browser’s own signal, and back', async () => {
    installFakeBridge()
    render(<App databaseFor={freshDb} />)
    const status = screen.getByRole('status', { name: 'Connection' })
    await within(status).findByText('Online')
    act(() => setBrowserOnline(false))
    expect(status.textContent).toBe('Offline')
    act(() => setBrowserOnline(true))
    expect(status.textContent).toBe('Online')
  })

  it('says so, instead of a blank screen, when opened outside its window', async () => {
    render(<App databaseFor={freshDb} />)
    expect((await screen.findByRole('alert')).textContent).toMatch(/cannot reach its main process/)
    expect(screen.getByRole('status', { name: 'Connection' }).textContent).toBe('Checking connection…')
  })

  it('explains a local database written by a newer Rollcall, and changes nothing', async () => {
    installFakeBridge()
    const name = `app-test-newer-${++dbCounter}`
    await new Promise<void>((resolve, reject) => {
      // IndexedDB version 1000 is far beyond anything this build's schema declares.
      const request = indexedDB.open(name, 1000)
      request.onupgradeneeded = () => request.result.createObjectStore('future')
      request.onsuccess = () => (request.result.close(), resolve())
      request.onerror = () => reject(new Error(request.error?.message ?? 'open failed'))
    })
    render(<App databaseFor={() => new RollcallDb(name)} />)
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /newer version of Rollcall.*Nothing has been changed/,
    )
    const stores = await new Promise<string[]>((resolve) => {
      const request = indexedDB.open(name)
      request.onsuccess = () => (resolve([...request.result.objectStoreNames]), request.result.close())
    })
    expect(stores).toEqual(['future'])
  })

  it('asks to close the other windows while one holds older data open, then opens by itself', async () => {
    installFakeBridge()
    const name = `app-test-blocked-${++dbCounter}`
    const older = new Dexie(name)
    older.version(1).stores(SCHEMA_V1)
    older.on('versionchange', () => false) // A window that does not let go by itself.
    await older.open()

    render(<App databaseFor={() => new RollcallDb(name)} />)
    expect((await screen.findByRole('alert')).textContent).toMatch(/Close other Rollcall windows/)
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('true')

    older.close()
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull())
    await screen.findByRole('heading', { level: 2, name: /^Today/ })
  })

  it('says so when a newer Rollcall in another window updated the data', async () => {
    installFakeBridge()
    const name = `app-test-updated-${++dbCounter}`
    render(<App databaseFor={() => new RollcallDb(name)} />)
    await waitFor(() => expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('false'))

    const newer = new Dexie(name)
    newer.version(3).stores({ ...SCHEMA_V2, notes: 'id' })
    await newer.open()
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /updated in another window.*Reload this window.*Nothing has been lost/,
    )
    newer.close()
  })
})
