import { useEffect, useState } from 'react'
import { openDatabase } from './open-database'
import type { RollcallDb } from './schema'
import { describeStorageError, type StorageProblem } from './storage-problem'

export type DatabaseStatus =
  { state: 'opening' } | { state: 'ready' } | { state: 'failed'; problem: StorageProblem }

/** Opens the store once and reports failures in words, instead of a blank screen. */
export function useDatabaseStatus(db: RollcallDb): DatabaseStatus {
  const [status, setStatus] = useState<DatabaseStatus>(() =>
    db.isOpen() ? { state: 'ready' } : { state: 'opening' },
  )
  useEffect(() => {
    let active = true
    openDatabase(db).then(
      () => active && setStatus({ state: 'ready' }),
      (error: unknown) => active && setStatus({ state: 'failed', problem: describeStorageError(error) }),
    )
    return () => {
      active = false
    }
  }, [db])
  return status
}
