import { useEffect, useState } from 'react'
import { openDatabase, watchOtherWindows, type OtherWindowEvent } from './open-database'
import type { RollcallDb } from './schema'
import {
  blockedByOtherWindow,
  describeStorageError,
  olderWindowStillOpen,
  resetInAnotherWindow,
  updatedInAnotherWindow,
  type StorageProblem,
} from './storage-problem'

/**
 * `blocked` waits for other windows to let go of an older version of the store, and becomes `ready` by
 * itself when they do; `failed` is final until the window reloads.
 */
export type DatabaseStatus =
  | { state: 'opening' }
  | { state: 'ready' }
  | { state: 'blocked'; problem: StorageProblem }
  | { state: 'failed'; problem: StorageProblem }

const problemAfter: Record<Exclude<OtherWindowEvent, 'blocked'>, StorageProblem> = {
  updated: updatedInAnotherWindow,
  reopenedByOlder: olderWindowStillOpen,
  deleted: resetInAnotherWindow,
}

function statusAfter(event: OtherWindowEvent): DatabaseStatus {
  if (event === 'blocked') return { state: 'blocked', problem: blockedByOtherWindow }
  return { state: 'failed', problem: problemAfter[event] }
}

/**
 * Opens the store once and reports failures, and other windows getting in the way, in words. `null` (no site
 * known yet) is `opening`; a new store (another site) is `opening` until it is open.
 */
export function useDatabaseStatus(db: RollcallDb | null): DatabaseStatus {
  const [seen, setSeen] = useState<{ db: RollcallDb | null; status: DatabaseStatus }>(() => ({
    db,
    status: db?.isOpen() ? { state: 'ready' } : { state: 'opening' },
  }))
  useEffect(() => {
    if (!db) return
    let active = true
    const report = (status: DatabaseStatus) => active && setSeen({ db, status })
    // Watch before opening: `blocked` fires during the open.
    const stopWatching = watchOtherWindows(db, (event) => report(statusAfter(event)))
    openDatabase(db).then(
      () => report({ state: 'ready' }),
      (error: unknown) => report({ state: 'failed', problem: describeStorageError(error) }),
    )
    return () => {
      active = false
      stopWatching()
    }
  }, [db])
  return seen.db === db ? seen.status : { state: 'opening' }
}
