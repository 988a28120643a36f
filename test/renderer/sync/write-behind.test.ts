import { describe, expect, it } from 'vitest'
import { writeBehind } from '../../../renderer/src/sync/write-behind'

function gate() {
  let open!: () => void
  let fail!: (error: Error) => void
  const promise = new Promise<void>((resolve, reject) => {
    open = resolve
    fail = reject
  })
  return { promise, open, fail }
}

const settled = async (promise: Promise<unknown>): Promise<boolean> => {
  let done = false
  void promise.then(
    () => (done = true),
    () => (done = true),
  )
  // Every promise reaction queued so far has run by the next task.
  await new Promise((resolve) => setTimeout(resolve, 0))
  return done
}

describe('writeBehind', () => {
  it('stores in batches of at least the batch size, in order, and the rest on done()', async () => {
    const stored: number[][] = []
    const writer = writeBehind<number>(
      (batch) => {
        stored.push(batch)
        return Promise.resolve()
      },
      { batchSize: 3, maxWaiting: 2 },
    )
    await writer.add([1, 2])
    expect(stored).toEqual([])
    await writer.add([3, 4])
    await writer.add([5])
    await writer.done()
    expect(stored).toEqual([[1, 2, 3, 4], [5]])
  })

  it('lets the reader go on while a batch is stored, and holds it back only while maxWaiting batches wait', async () => {
    const gates = [gate(), gate(), gate()]
    const started: number[][] = []
    const writer = writeBehind<number>(
      (batch) => {
        started.push(batch)
        return gates[started.length - 1]!.promise
      },
      { batchSize: 1, maxWaiting: 2 },
    )
    expect(await settled(writer.add([1]))).toBe(true)
    const second = writer.add([2])
    expect(await settled(second)).toBe(false)
    // The oldest batch is stored: one waits, so the reader goes on (it does not wait for the second too).
    gates[0]!.open()
    expect(await settled(second)).toBe(true)
    expect(started).toEqual([[1], [2]])
    const third = writer.add([3])
    expect(await settled(third)).toBe(false)
    gates[1]!.open()
    expect(await settled(third)).toBe(true)
    const done = writer.done()
    expect(await settled(done)).toBe(false)
    gates[2]!.open()
    await done
    expect(started).toEqual([[1], [2], [3]])
  })

  it('close() stores what is buffered as a batch of its own, then runs its step, before any later batch', async () => {
    const steps: string[] = []
    const first = gate()
    const writer = writeBehind<number>(
      async (batch) => {
        if (batch.includes(1)) await first.promise
        steps.push(`stored ${batch.join(',')}`)
      },
      { batchSize: 3, maxWaiting: 3 },
    )
    await writer.add([1, 2])
    // Not yet a full batch, and the batch is still being written: close() does not wait for it.
    expect(await settled(writer.close(() => Promise.resolve(void steps.push('closed'))))).toBe(true)
    await writer.add([3, 4, 5])
    expect(steps).toEqual([])
    first.open()
    await writer.done()
    expect(steps).toEqual(['stored 1,2', 'closed', 'stored 3,4,5'])
  })

  it('reports a failed batch from done(), and stores nothing after it', async () => {
    const stored: number[][] = []
    const writer = writeBehind<number>(
      (batch) => {
        if (batch.includes(2)) return Promise.reject(new Error('QuotaExceededError'))
        stored.push(batch)
        return Promise.resolve()
      },
      { batchSize: 1, maxWaiting: 5 },
    )
    await writer.add([1])
    await writer.add([2])
    await writer.add([3]).catch(() => undefined)
    await expect(writer.done()).rejects.toThrow('QuotaExceededError')
    expect(stored).toEqual([[1]])
  })
})
