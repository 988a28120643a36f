import { Dexie, type IndexableType, type ObservabilitySet } from 'dexie'
import type { RollcallDb } from '../../db/schema'
import { AttendeeIndex } from './attendee-index'
import { INDEXED_TABLES, indexedTables, type IndexedTableName } from './indexed-tables'
import { tableChanges } from './store-changes'

/** What the search box reads: the index once built (null before), and a version that moves on each change. */
export interface AttendeeIndexSnapshot {
  index: AttendeeIndex | null
  version: number
}

export interface LiveAttendeeIndexOptions {
  /**
   * When the first build starts (returns a cancel). By default when the page is next idle — after first
   * paint, at most a second later — so that opening the desk is not held up by it.
   */
  scheduleBuild?: (build: () => void) => () => void
  /** Wait before reading everything again after a read failed. */
  retryMs?: number
}

/**
 * After a put-off read of a table (read whole, or the rows of big writes read back), the next one waits at
 * least this long: 4 times as long as the read took (so such reads take at most a fifth of the time while the
 * sync engine writes big pages, as in a first sync), and at least 100 ms.
 */
const RELOAD_GAP = { factor: 4, minMs: 100 }

/**
 * A notice naming more rows than this (a pull's batch) is read back put off (RELOAD_GAP), together with the
 * next batches' rows: during a first sync the rows of several batches are read back at once, a fifth of the
 * time at most. Still by their keys, not the whole table: the table grows with each batch, so reading it
 * whole each time cost the first sync more page time than anything else but its writes (issue 20's
 * profile). A desk's own changes (a check-in, a decision) name a few rows and show at once.
 */
const REREAD_AT_MOST = 200

function whenIdle(build: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(build, { timeout: 1000 })
    return () => cancelIdleCallback(id)
  }
  const id = setTimeout(build, 0)
  return () => clearTimeout(id)
}

/**
 * The search index of one store, kept current from the store's own change notices (Dexie's
 * `storagemutated`): built in the background once someone retains it, then patched by re-reading only the
 * rows a write touched (put off, and read together with the next ones, for more than REREAD_AT_MOST rows) —
 * or, when a notice names a range rather than keys (a clear, a deleteRange; see store-changes.ts), by
 * reading that table again, put off as well. While a re-read runs, searches use the index as it is. Dropped
 * when the last user lets go or the store closes.
 */
export class LiveAttendeeIndex {
  private snapshot: AttendeeIndexSnapshot = { index: null, version: 0 }
  private readonly listeners = new Set<() => void>()
  private readonly idleWaiters: (() => void)[] = []
  private users = 0
  /** Moves on at each stop: work begun before it ends at its next await. */
  private generation = 0
  private index: AttendeeIndex | null = null
  private readonly toReload = new Set<IndexedTableName>()
  private readonly toReread = new Map<IndexedTableName, Map<string, IndexableType>>()
  /** The rows of big writes, read back when their table is due (REREAD_AT_MOST). */
  private readonly putOff = new Map<IndexedTableName, Map<string, IndexableType>>()
  private working: Promise<void> | null = null
  /** When each table's next put-off read may be (see RELOAD_GAP): a burst of big writes costs a few reads. */
  private readonly notBefore = new Map<IndexedTableName, number>()
  private cancelBuild: (() => void) | null = null
  /** Wakes the work for a reload put off until `notBefore`. */
  private wakeTimer: ReturnType<typeof setTimeout> | null = null

  constructor(
    private readonly db: RollcallDb,
    private readonly options: LiveAttendeeIndexOptions = {},
  ) {}

  /** Keeps the index built and current while in use (a mounted search box); returns the release. */
  retain(): () => void {
    if (this.users++ === 0) this.start()
    let released = false
    return () => {
      if (released) return
      released = true
      if (--this.users === 0) this.stop()
    }
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }

  readonly getSnapshot = (): AttendeeIndexSnapshot => this.snapshot

  /** Resolves once the build, and every change noticed so far, is in the index (or it was dropped). */
  settled(): Promise<void> {
    if (this.isSettled()) return Promise.resolve()
    return new Promise((resolve) => this.idleWaiters.push(resolve))
  }

  private start(): void {
    Dexie.on('storagemutated', this.onMutated)
    this.db.on('close', this.onClose)
    this.index = new AttendeeIndex()
    for (const table of INDEXED_TABLES) this.toReload.add(table)
    let begun = false
    const cancel = (this.options.scheduleBuild ?? whenIdle)(() => {
      begun = true
      this.cancelBuild = null
      this.kick()
    })
    if (!begun) this.cancelBuild = cancel
  }

  private stop(): void {
    this.generation++
    Dexie.on.storagemutated.unsubscribe(this.onMutated)
    this.db.on.close.unsubscribe(this.onClose)
    this.cancelBuild?.()
    this.cancelBuild = null
    if (this.wakeTimer !== null) clearTimeout(this.wakeTimer)
    this.wakeTimer = null
    this.toReload.clear()
    this.toReread.clear()
    this.putOff.clear()
    this.notBefore.clear()
    this.working = null
    this.index = null
    if (this.snapshot.index) this.publish(null)
    this.wakeIdleWaiters()
  }

  /** The store closed (another site, or another window took it over): searches go back to the store. */
  private readonly onClose = () => this.stop()

  private readonly onMutated = (parts: ObservabilitySet) => {
    const changes = tableChanges(parts, this.db.name, INDEXED_TABLES)
    if (!changes.size) return
    for (const [table, change] of changes) {
      if (change.anyRow) this.toReload.add(table)
      // Read at once even when the table is to be read later (a put-off read): a check-in made during a
      // first sync shows without waiting for it.
      else this.keep(change.keys.length > REREAD_AT_MOST ? this.putOff : this.toReread, table, change.keys)
    }
    // Before the first build starts, the build reads it all anyway.
    if (!this.cancelBuild) this.kick()
  }

  private keep(
    into: Map<IndexedTableName, Map<string, IndexableType>>,
    table: IndexedTableName,
    keys: readonly IndexableType[],
  ): void {
    const kept = into.get(table) ?? new Map<string, IndexableType>()
    for (const key of keys) kept.set(indexedTables[table].keyText(key), key)
    into.set(table, kept)
  }

  private kick(): void {
    if (this.working) return
    const run = this.work(this.generation).finally(() => {
      if (this.working !== run) return
      this.working = null
      // A notice that came as the work was ending.
      if (this.dueTables().length || this.toReread.size) this.kick()
      else this.wakeIdleWaiters()
    })
    this.working = run
  }

  private async work(generation: number): Promise<void> {
    const wanted = () => generation === this.generation
    const index = this.index
    if (!index) return
    try {
      for (;;) {
        const due = this.dueTables()
        // A table read whole needs none of its rows read back; else its big writes' rows are read back.
        const reload = due.filter((table) => this.toReload.has(table))
        const readBack = due.flatMap((table) => {
          const keys = this.putOff.get(table)
          this.putOff.delete(table)
          return this.toReload.has(table) || !keys ? [] : [[table, keys] as const]
        })
        for (const table of reload) {
          this.toReload.delete(table)
          this.toReread.delete(table)
        }
        const reread = [...this.toReread]
        this.toReread.clear()
        if (!reload.length && !readBack.length && !reread.length) break
        let changed = false
        const putOffRead = async (table: IndexedTableName, read: () => Promise<boolean>) => {
          const startedAt = performance.now()
          if (await read()) changed = true
          if (!wanted()) return
          const endedAt = performance.now()
          this.notBefore.set(
            table,
            endedAt + Math.max(RELOAD_GAP.minMs, RELOAD_GAP.factor * (endedAt - startedAt)),
          )
        }
        for (const table of reload) {
          await putOffRead(table, () => indexedTables[table].reload(this.db, index, wanted))
          if (!wanted()) return
        }
        for (const [table, keys] of readBack) {
          await putOffRead(table, () => indexedTables[table].reread(this.db, index, [...keys.values()]))
          if (!wanted()) return
        }
        for (const [table, keys] of reread) {
          if (await indexedTables[table].reread(this.db, index, [...keys.values()])) changed = true
          if (!wanted()) return
        }
        index.settle()
        if (!this.snapshot.index || changed) this.publish(index)
      }
    } catch {
      if (!wanted()) return
      // A read failed (the store busy or closing): read it all again a little later. Searches meanwhile use
      // the index as it is — or, before it was ever built, the store.
      const retryAt = performance.now() + (this.options.retryMs ?? 2000)
      for (const table of INDEXED_TABLES) {
        this.toReload.add(table)
        this.notBefore.set(table, retryAt)
      }
      this.toReread.clear()
      this.putOff.clear()
    }
    this.wakeForPutOffReads()
  }

  /** The tables with a put-off read (whole, or rows read back) to do: they wait for their `notBefore`. */
  private putOffTables(): IndexedTableName[] {
    return INDEXED_TABLES.filter((table) => this.toReload.has(table) || this.putOff.has(table))
  }

  /** The tables whose put-off read is due now. */
  private dueTables(): IndexedTableName[] {
    const now = performance.now()
    return this.putOffTables().filter((table) => (this.notBefore.get(table) ?? 0) <= now)
  }

  private wakeForPutOffReads(): void {
    if (this.wakeTimer !== null) clearTimeout(this.wakeTimer)
    this.wakeTimer = null
    const waiting = this.putOffTables()
    if (!waiting.length) return
    const at = Math.min(...waiting.map((table) => this.notBefore.get(table) ?? 0))
    const generation = this.generation
    this.wakeTimer = setTimeout(
      () => {
        this.wakeTimer = null
        if (generation === this.generation) this.kick()
      },
      Math.max(0, at - performance.now()),
    )
  }

  private hasWork(): boolean {
    return this.toReload.size > 0 || this.toReread.size > 0 || this.putOff.size > 0
  }

  private isSettled(): boolean {
    return !this.working && !this.cancelBuild && this.wakeTimer === null && !this.hasWork()
  }

  private publish(index: AttendeeIndex | null): void {
    this.snapshot = { index, version: this.snapshot.version + 1 }
    for (const listener of this.listeners) listener()
  }

  private wakeIdleWaiters(): void {
    if (!this.isSettled()) return
    for (const wake of this.idleWaiters.splice(0)) wake()
  }
}

const liveIndexes = new WeakMap<RollcallDb, LiveAttendeeIndex>()

/** The live search index of a store: one per database, made on first use (`options` only count then). */
export function liveAttendeeIndexOf(db: RollcallDb, options?: LiveAttendeeIndexOptions): LiveAttendeeIndex {
  let live = liveIndexes.get(db)
  if (!live) {
    live = new LiveAttendeeIndex(db, options)
    liveIndexes.set(db, live)
  }
  return live
}
