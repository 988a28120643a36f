/** A storage failure, in words for the front desk, with what to do about it. */
export interface StorageProblem {
  title: string
  detail: string
}

/**
 * Turns an IndexedDB / Dexie error into a message. Nothing already saved is lost in any of these cases; the
 * message says what the person can do.
 */
export function describeStorageError(error: unknown): StorageProblem {
  const name = error instanceof Error ? error.name : ''
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? ''
  const kind = inner || name
  switch (kind) {
    case 'QuotaExceededError':
      return {
        title: 'This computer is out of storage space',
        detail:
          'Rollcall cannot save new changes until some disk space is freed. Changes already saved are safe.',
      }
    case 'VersionError':
      return {
        title: 'This data was saved by a newer version of Rollcall',
        detail: 'Update Rollcall to open it. Nothing has been changed or deleted.',
      }
    case 'DatabaseClosedError':
    case 'OpenFailedError':
    case 'BlockedError':
      return {
        title: 'Rollcall could not open its local data',
        detail:
          'Another Rollcall window may be holding it open. Close other Rollcall windows and try again. Nothing has been deleted.',
      }
    case 'UpgradeError':
      return {
        title: 'Rollcall could not update its local data',
        detail:
          'Your data is unchanged. Restart Rollcall; if this keeps happening, contact support with the log.',
      }
    default:
      return {
        title: 'Rollcall could not use its local data',
        detail: `${error instanceof Error ? error.message : String(error)}. Nothing has been deleted.`,
      }
  }
}
