/** A storage failure, in words for the front desk, with what to do about it. */
export interface StorageProblem {
  title: string
  detail: string
}

const outOfSpace: StorageProblem = {
  title: 'This computer is out of storage space',
  detail: 'Rollcall cannot save new changes until some disk space is freed. Changes already saved are safe.',
}

const newerVersion: StorageProblem = {
  title: 'This data was saved by a newer version of Rollcall',
  detail: 'Update Rollcall to open it. Nothing has been changed or deleted.',
}

const cannotOpen: StorageProblem = {
  title: 'Rollcall could not open its local data',
  detail:
    'Another Rollcall window may be holding it open. Close other Rollcall windows and try again. ' +
    'Nothing has been deleted.',
}

const upgradeFailed: StorageProblem = {
  title: 'Rollcall could not update its local data',
  detail: 'Your data is unchanged. Restart Rollcall; if this keeps happening, contact support with the log.',
}

/** While an older Rollcall window keeps the store open, this one cannot upgrade it; it waits, and says so. */
export const blockedByOtherWindow: StorageProblem = {
  title: 'Close other Rollcall windows to continue',
  detail:
    'Another Rollcall window is still using the local data in its older form, so this one cannot update ' +
    'it yet. Rollcall continues here as soon as the other windows are closed. Nothing has been deleted.',
}

/** A newer Rollcall in another window upgraded the store, so this window closed its connection. */
export const updatedInAnotherWindow: StorageProblem = {
  title: 'Rollcall was updated in another window',
  detail:
    'Reload this window or restart Rollcall to continue. Nothing has been lost: what was saved here is in ' +
    'the updated data.',
}

/** An older Rollcall window reopened the store after this one upgraded it, and Dexie patched it. */
export const olderWindowStillOpen: StorageProblem = {
  title: 'An older Rollcall window is still open',
  detail:
    'It is using the local data this window has updated. Close the older window, then reload this window ' +
    'or restart Rollcall. Nothing has been deleted.',
}

/** Another window deleted the store (nothing in Rollcall does this today; a person in devtools might). */
export const resetInAnotherWindow: StorageProblem = {
  title: 'Rollcall’s local data was reset in another window',
  detail: 'Reload this window or restart Rollcall to continue.',
}

const problemsByName = new Map<string, StorageProblem>([
  ['QuotaExceededError', outOfSpace],
  ['VersionError', newerVersion],
  ['DatabaseClosedError', cannotOpen],
  ['OpenFailedError', cannotOpen],
  ['BlockedError', cannotOpen],
  ['UpgradeError', upgradeFailed],
])

function nameOf(value: unknown): string {
  // Read structurally, not through `instanceof Error`: a DOMException is not an Error in every realm (jsdom's
  // is not), and IndexedDB's errors may come from another realm than this code's.
  const name = (value as { name?: unknown } | null | undefined)?.name
  return typeof name === 'string' ? name : ''
}

/**
 * The names an error carries, the most specific first: Dexie wraps IndexedDB's own error in `inner` (a quota
 * failure at commit arrives as an AbortError whose inner error is the QuotaExceededError; openDatabase wraps
 * a failed upgrade's error in an UpgradeError), and a bulk write lists one error per failed row in
 * `failures`.
 */
function namesOf(error: unknown, depth = 0): string[] {
  if (error === null || typeof error !== 'object' || depth > 3) return [nameOf(error)].filter(Boolean)
  const { inner, failures } = error as { inner?: unknown; failures?: unknown }
  const perRow = Array.isArray(failures) ? failures.flatMap((failure) => namesOf(failure, depth + 1)) : []
  return [...namesOf(inner, depth + 1), ...perRow, nameOf(error)].filter(Boolean)
}

/**
 * Turns an IndexedDB / Dexie error into a message. Nothing already saved is lost in any of these cases; the
 * message says what the person can do.
 */
export function describeStorageError(error: unknown): StorageProblem {
  for (const name of namesOf(error)) {
    const problem = problemsByName.get(name)
    if (problem) return problem
  }
  const message = (error as { message?: unknown } | null | undefined)?.message
  return {
    title: 'Rollcall could not use its local data',
    detail: `${typeof message === 'string' && message ? message : String(error)}. Nothing has been deleted.`,
  }
}
