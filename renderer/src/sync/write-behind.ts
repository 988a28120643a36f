/**
 * Stores what a pull reads in large batches, one transaction after another, while the pull goes on reading:
 * fetching and writing overlap, and every commit wakes the live screens only once per batch instead of once
 * per page (on a first sync of 20,000 bookings the screens re-reading after each 100-row page cost more than
 * the writes themselves).
 */
export interface WriteBehind<T> {
  /** Queues items; resolves at once unless `maxWaiting` batches are already waiting to be stored. */
  add(items: readonly T[]): Promise<void>
  /** Stores what is left and waits for every batch; throws the first failure of any batch. */
  done(): Promise<void>
}

export function writeBehind<T>(
  store: (batch: T[]) => Promise<void>,
  { batchSize, maxWaiting }: { batchSize: number; maxWaiting: number },
): WriteBehind<T> {
  let buffer: T[] = []
  let chain: Promise<void> = Promise.resolve()
  let waiting = 0
  let failed = false

  const flush = async (): Promise<void> => {
    if (buffer.length) {
      const batch = buffer
      buffer = []
      waiting++
      // After a failure the later batches are not stored (the chain stays rejected); done() reports it.
      chain = chain.then(() => store(batch)).finally(() => waiting--)
      chain.catch(() => (failed = true))
    }
    if (waiting >= maxWaiting || failed) await chain
  }

  return {
    async add(items) {
      buffer.push(...items)
      if (buffer.length >= batchSize || failed) await flush()
    },
    async done() {
      await flush()
      await chain
    },
  }
}
