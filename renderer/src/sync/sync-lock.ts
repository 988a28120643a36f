/**
 * One replayer at a time across windows (renderer/src/sync/README.md, "One replayer at a time"): the Web
 * Locks API, which the browser releases when the holder's window dies — so a crash never leaves the lock
 * taken. Where Web Locks are missing (Node tests) an in-process lock with the same semantics stands in.
 */
export interface LockManagerLike {
  request<T>(
    name: string,
    options: { ifAvailable?: boolean },
    callback: (lock: unknown) => Promise<T>,
  ): Promise<T>
}

export const SYNC_LOCK_NAME = 'rollcall-sync'

/** Exclusive locks by name, for one JavaScript realm: `ifAvailable` answers null at once when taken. */
export function inProcessLocks(): LockManagerLike {
  const tails = new Map<string, Promise<void>>()
  // Held or waiting: as with Web Locks, `ifAvailable` is granted only when nobody holds or waits.
  const claims = new Map<string, number>()
  return {
    async request(name, options, callback) {
      if (options.ifAvailable && (claims.get(name) ?? 0) > 0) return callback(null)
      claims.set(name, (claims.get(name) ?? 0) + 1)
      const previous = tails.get(name) ?? Promise.resolve()
      let release = () => {}
      const mine = new Promise<void>((resolve) => (release = resolve))
      tails.set(
        name,
        previous.then(() => mine),
      )
      await previous
      try {
        return await callback({ name })
      } finally {
        claims.set(name, (claims.get(name) ?? 1) - 1)
        release()
      }
    },
  }
}

export function defaultLocks(): LockManagerLike {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks
  return locks ?? inProcessLocks()
}
