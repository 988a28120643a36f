import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { afterAll } from 'vitest'
import { Router } from 'wouter'
import { useHashLocation } from 'wouter/use-hash-location'
import type { SiteStatus } from '@shared/ipc/site'
import type { DemoSite, DemoSiteOptions } from '../../../electron/demo-site'
import { DeskFrame } from '../../../renderer/src/frame/App'
import { ClockProvider } from '../../../renderer/src/frame/clock'
import { DatabaseProvider } from '../../../renderer/src/db/DatabaseProvider'
import { RollcallDb } from '../../../renderer/src/db/schema'
import { staffLabel } from '../../../renderer/src/state/preferences'
import { useShellStore } from '../../../renderer/src/frame/shell-store'
import { createSyncEngine, type SyncEngine, type SyncEngineOptions } from '../../../renderer/src/sync/engine'
import { ProvideSyncEngine, UNDO_WINDOW_MS } from '../../../renderer/src/sync/SyncEngineProvider'
import { inProcessLocks } from '../../../renderer/src/sync/sync-lock'
import { startTestSite } from '../../demo-site/demo-site-client'
import { gatewayOver } from '../../integration/sync/demo-gateway'
import { pulledStores } from '../../integration/sync/pulled-store'

export interface Desk {
  db: RollcallDb
  engine: SyncEngine
}

export interface DeskHarness {
  demo: DemoSite
  timeZone: string
  site: SiteStatus
  /** The demo clock (ms): what "now" is for the screens, the engine and the site. */
  now: () => number
  /**
   * A re-seeded demo site and a fresh store holding the sync window (the file's one pull, copied), with an
   * engine on no timer: actions are recorded (and shown) but go to Wix only when the test calls
   * `engine.pushNow()` / `engine.syncNow()`. A `gateway` override must read as the demo site does (it is used
   * from the copy on, not for the pull).
   */
  freshDesk(overrides?: Partial<SyncEngineOptions>): Promise<Desk>
  /**
   * Renders `ui` (default: the whole desk — header, screens, toasts, dialogs) over that store and engine, as
   * the app does, at the hash route `path` (default Today).
   */
  renderDesk(desk: Desk, options?: { ui?: ReactElement; path?: string }): ReturnType<typeof render>
}

let counter = 0

/** Options that change what a pull reads or writes: freshDesk's copied store is the default pull's. */
const PULL_OPTIONS = ['db', 'now', 'timeZone', 'span', 'overlapMs', 'fullEveryMs'] as const

/**
 * For the front desk's component tests: one demo site per test file (call with top-level await), reached
 * through main's real dispatcher, handlers and Wix client; a fresh fake-indexeddb store per desk. The demo
 * clock is fixed (Tuesday 2026-03-10, 10:20 in Chicago) and the screens read the same clock.
 */
export async function openDeskHarness(options: DemoSiteOptions = {}): Promise<DeskHarness> {
  const demo = await startTestSite({ rateLimitPerMinute: Infinity, control: true, bookings: 300, ...options })
  afterAll(() => demo.stop())
  const gateway = gatewayOver(demo)
  const data = demo.state()
  const timeZone = data.timeZone
  const now = () => Date.parse(demo.now())
  const site: SiteStatus = {
    mode: 'demo',
    siteId: demo.siteId,
    businessName: data.businessName,
    timeZone,
    apiBaseUrl: demo.url,
    problem: null,
    storeKey: 'demo-test',
    keyId: 'test-key',
  }
  const dbs: RollcallDb[] = []
  afterAll(() => dbs.forEach((db) => db.close()))
  const newDb = () => {
    const db = new RollcallDb(`desk-${process.pid}-${++counter}`)
    dbs.push(db)
    return db
  }
  const engineOptions = (db: RollcallDb): SyncEngineOptions => ({
    db,
    gateway,
    timeZone: () => timeZone,
    keyId: () => site.keyId,
    staff: staffLabel,
    now,
    locks: inProcessLocks(),
    backoff: { baseDelayMs: 1, maxDelayMs: 4 },
    undoWindowMs: UNDO_WINDOW_MS,
  })
  // The window is pulled once per file and copied into each desk's store (pulled-store.ts).
  const freshStore = pulledStores(demo, newDb, async (db) => {
    await createSyncEngine(engineOptions(db)).syncNow()
  })
  return {
    demo,
    timeZone,
    site,
    now,
    async freshDesk(overrides = {}) {
      const pullsOtherwise = PULL_OPTIONS.filter((option) => option in overrides)
      if (pullsOtherwise.length)
        throw new Error(`freshDesk copies the default pull; it cannot take ${pullsOtherwise.join(', ')}`)
      const db = await freshStore()
      const engine = createSyncEngine({ ...engineOptions(db), ...overrides })
      // Nothing to send: the run only reads the store's counts and last sync into the engine's state, as the
      // pull it stands in for would have left them.
      await engine.pushNow()
      return { db, engine }
    },
    renderDesk({ db, engine }, { ui, path = '/' } = {}) {
      useShellStore.setState({
        site,
        connectivity: { state: 'online', since: null, checkedAt: null, reason: null },
        browserOnline: true,
        bridgeProblem: null,
      })
      window.location.hash = path
      return render(
        <ClockProvider now={now}>
          <ProvideSyncEngine engine={engine}>
            <DatabaseProvider db={db}>
              <Router hook={useHashLocation}>{ui ?? <DeskFrame />}</Router>
            </DatabaseProvider>
          </ProvideSyncEngine>
        </ClockProvider>,
      )
    },
  }
}
