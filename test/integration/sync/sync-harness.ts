import { afterAll } from 'vitest'
import type { DemoSite, DemoSiteOptions } from '../../../electron/demo-site'
import { RollcallDb } from '../../../renderer/src/db/schema'
import { createSyncEngine, type SyncEngineOptions } from '../../../renderer/src/sync/engine'
import type { BookingsGateway } from '../../../renderer/src/sync/gateway'
import { inProcessLocks } from '../../../renderer/src/sync/sync-lock'
import { startTestSite } from '../../demo-site/demo-site-client'
import { gatewayOver } from './demo-gateway'
import { pulledStores } from './pulled-store'

export { gatewayOver }

let dbCounter = 0

export interface SyncHarness {
  demo: DemoSite
  gateway: BookingsGateway
  timeZone: string
  newDb(): RollcallDb
  newEngine(db: RollcallDb, overrides?: Partial<SyncEngineOptions>): ReturnType<typeof createSyncEngine>
  /**
   * A re-seeded site and a fresh store holding the window (the file's one pull, copied), with an engine on no
   * timer (one send at a time).
   */
  freshDesk(): Promise<{ db: RollcallDb; engine: ReturnType<typeof createSyncEngine> }>
}

/** One demo site per test file (top-level await), a fresh database per engine. */
/** The key the harness's desks say they use (SiteStatus.keyId): what they learn about it is kept under it. */
export const HARNESS_KEY_ID = 'harness-key'

export async function openSyncHarness(
  options: DemoSiteOptions = {},
  gatewayOptions: { timeoutMs?: number } = {},
): Promise<SyncHarness> {
  const demo = await startTestSite({ rateLimitPerMinute: Infinity, control: true, bookings: 300, ...options })
  afterAll(() => demo.stop())
  const gateway = gatewayOver(demo, gatewayOptions)
  const timeZone = demo.state().timeZone
  const locks = inProcessLocks()
  const dbs: RollcallDb[] = []
  afterAll(() => dbs.forEach((db) => db.close()))
  const newDb = () => {
    const db = new RollcallDb(`sync-${process.pid}-${++dbCounter}`)
    dbs.push(db)
    return db
  }
  const newEngine: SyncHarness['newEngine'] = (db, overrides = {}) =>
    createSyncEngine({
      db,
      gateway,
      timeZone: () => timeZone,
      staff: () => 'Front desk',
      keyId: () => HARNESS_KEY_ID,
      now: () => Date.parse(demo.now()),
      locks,
      backoff: { baseDelayMs: 1, maxDelayMs: 4 },
      ...overrides,
    })
  // The window is pulled once per file and copied into each desk's store (pulled-store.ts).
  const freshStore = pulledStores(demo, newDb, async (db) => {
    await newEngine(db).syncNow()
  })
  return {
    demo,
    gateway,
    timeZone,
    newDb,
    newEngine,
    async freshDesk() {
      const db = await freshStore()
      const engine = newEngine(db, { concurrency: 1 })
      // Nothing to send: the run only reads the store's counts and last sync into the engine's state, as the
      // pull it stands in for would have left them.
      await engine.pushNow()
      return { db, engine }
    },
  }
}
