/**
 * Stores what a pull reads in large batches, one transaction after another, while the pull goes on reading:
 * fetching and writing overlap, and every commit wakes the live screens only once per batch instead of once
 * per page (on a first sync of 20,000 bookings the screens re-reading after each 100-row page cost more than
 * the writes themselves).
 */
export interface WriteBehind<T> {
  /** Queues items; resolves at once unless `maxWaiting` batches are already waiting to be stored. */
  add(items: readonly T[]): Promise<void>
  /**
   * Queues what is buffered as a batch of its own, however small (the items added after it go in later
   * batches), then `then`, which runs once that batch and every one before it is stored and before any batch
   * after it. Holds the caller back as `add` does: the reader goes on reading while it waits.
   */
  close(then?: () => Promise<void>): Promise<void>
  /** Stores what is left and waits for every batch; throws the first failure of any batch. */
  done(): Promise<void>
}

const noop = () => undefined

export interface WriteBatching {
  /** Items per batch (one store call, one transaction). */
  batchSize: number
  /** Batches that may wait, the one being stored among them, before `add` holds the reader back. */
  maxWaiting: number
}

export function writeBehind<T>(
  store: (batch: T[]) => Promise<void>,
  { batchSize, maxWaiting }: WriteBatching,
): WriteBehind<T> {
  let buffer: T[] = []
  let chain: Promise<void> = Promise.resolve()
  // Each queued batch's end, oldest first (a failure is read from `chain`, not from these).
  const queued: Promise<void>[] = []
  let failed = false

  const flush = async (then?: () => Promise<void>): Promise<void> => {
    if (buffer.length || then) {
      const batch = buffer
      buffer = []
      // After a failure the later batches are not stored (the chain stays rejected); done() reports it.
      chain = chain.then(async () => {
        if (batch.length) await store(batch)
        await then?.()
      })
      chain.catch(() => (failed = true))
      queued.push(chain.then(noop, noop))
    }
    // Held back only until the oldest batch is stored, not the whole queue: the reader reads the next
    // batch while the one behind it is written.
    while (queued.length >= maxWaiting && !failed) await queued.shift()
    if (failed) await chain
  }

  return {
    async add(items) {
      buffer.push(...items)
      if (buffer.length >= batchSize || failed) await flush()
    },
    close: (then) => flush(then),
    async done() {
      await flush()
      await chain
    },
  }
}
