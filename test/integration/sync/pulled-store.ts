import type { DemoSite } from '../../../electron/demo-site'
import type { RollcallDb } from '../../../renderer/src/db/schema'

/**
 * What a full pull from a freshly re-seeded demo site leaves in the store is the same for every test of a file
 * (same seed, same size, same clock), so the harnesses pull it once per file and copy it into each test's own
 * database, instead of reading the whole window over HTTP for every test.
 *
 * `freshStore()` re-seeds the site (each test gets the site's seeded state, whatever the test before did to
 * it) and returns a new database holding exactly what a pull would have written. The copy is taken afresh
 * when the re-seeded site is not the one pulled: a reset re-seeds around the site's clock, so a test that
 * moved the clock (`advanceClock`, `setNow`) makes the next test pull again.
 */
export function pulledStores(
  demo: DemoSite,
  newDb: () => RollcallDb,
  pull: (db: RollcallDb) => Promise<void>,
): () => Promise<RollcallDb> {
  let template: { at: string; db: RollcallDb } | null = null
  return async function freshStore() {
    demo.reset()
    const at = demo.now()
    if (template?.at !== at) {
      const db = newDb()
      await pull(db)
      template = { at, db }
    }
    const db = newDb()
    await copyStore(template.db, db)
    return db
  }
}

/** Every row of every table of `from` into `to` (empty, same schema; every table's keys are in its rows). */
export async function copyStore(from: RollcallDb, to: RollcallDb): Promise<void> {
  const tables = await from.transaction('r', from.tables, () =>
    Promise.all(from.tables.map(async (table) => ({ name: table.name, rows: await table.toArray() }))),
  )
  await to.transaction('rw', to.tables, () =>
    Promise.all(tables.map(({ name, rows }) => to.table(name).bulkAdd(rows))),
  )
}
