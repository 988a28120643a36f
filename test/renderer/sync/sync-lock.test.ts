import { describe, expect, it } from 'vitest'
import { inProcessLocks, SYNC_LOCK_NAME } from '../../../renderer/src/sync/sync-lock'

function deferred() {
  let resolve = () => {}
  const promise = new Promise<void>((r) => (resolve = r))
  return { promise, resolve }
}

/** Lets every pending promise callback run (the lock hands over through a few of them). */
const turn = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

describe('inProcessLocks: one holder per lock name', () => {
  it('hands the callback a lock when the name is free', async () => {
    const locks = inProcessLocks()
    const seen = await locks.request(SYNC_LOCK_NAME, {}, (lock) => Promise.resolve(lock))
    expect(seen).not.toBeNull()
  })

  it('answers what the callback answers', async () => {
    const locks = inProcessLocks()
    await expect(locks.request('a', {}, () => Promise.resolve(42))).resolves.toBe(42)
  })

  it('never lets two holders overlap', async () => {
    const locks = inProcessLocks()
    let holders = 0
    let most = 0
    const hold = () =>
      locks.request('a', {}, async () => {
        holders++
        most = Math.max(most, holders)
        await turn()
        await turn()
        holders--
      })
    await Promise.all([hold(), hold(), hold(), hold()])
    expect(most).toBe(1)
  })

  it('makes a second request wait until the first holder is done', async () => {
    const locks = inProcessLocks()
    const first = deferred()
    const events: string[] = []
    const a = locks.request('a', {}, async () => {
      events.push('a in')
      await first.promise
      events.push('a out')
    })
    const b = locks.request('a', {}, () => Promise.resolve(void events.push('b in')))
    await turn()
    expect(events).toEqual(['a in'])
    first.resolve()
    await Promise.all([a, b])
    expect(events).toEqual(['a in', 'a out', 'b in'])
  })

  it('grants waiting requests in the order they were made', async () => {
    const locks = inProcessLocks()
    const first = deferred()
    const order: number[] = []
    const requests = [
      locks.request('a', {}, () => first.promise.then(() => void order.push(1))),
      ...[2, 3, 4, 5].map((n) => locks.request('a', {}, () => Promise.resolve(void order.push(n)))),
    ]
    await turn()
    first.resolve()
    await Promise.all(requests)
    expect(order).toEqual([1, 2, 3, 4, 5])
  })

  it('keeps different names independent', async () => {
    const locks = inProcessLocks()
    const first = deferred()
    const held = locks.request('a', {}, () => first.promise)
    await expect(
      locks.request('b', { ifAvailable: true }, (lock) => Promise.resolve(lock)),
    ).resolves.not.toBeNull()
    first.resolve()
    await held
  })

  it('answers null at once to an ifAvailable request while the lock is held', async () => {
    const locks = inProcessLocks()
    const first = deferred()
    const held = locks.request('a', {}, () => first.promise)
    await turn()
    const seen = await locks.request('a', { ifAvailable: true }, (lock) => Promise.resolve(lock))
    expect(seen).toBeNull()
    first.resolve()
    await held
  })

  it('grants an ifAvailable request when the lock is free', async () => {
    const locks = inProcessLocks()
    const seen = await locks.request('a', { ifAvailable: true }, (lock) => Promise.resolve(lock))
    expect(seen).not.toBeNull()
  })

  it('grants an ifAvailable request again once the holder is done', async () => {
    const locks = inProcessLocks()
    await locks.request('a', {}, () => Promise.resolve())
    const seen = await locks.request('a', { ifAvailable: true }, (lock) => Promise.resolve(lock))
    expect(seen).not.toBeNull()
  })

  it('answers null at once to an ifAvailable request made while another request waits for the lock', async () => {
    const locks = inProcessLocks()
    let releaseA = () => {}
    const a = locks.request('a', {}, () => new Promise<void>((resolve) => (releaseA = resolve)))
    let releaseB = () => {}
    const b = locks.request('a', {}, () => new Promise<void>((resolve) => (releaseB = resolve)))
    await new Promise((resolve) => setTimeout(resolve, 0))
    releaseA()
    await a
    expect(await locks.request('a', { ifAvailable: true }, (lock) => Promise.resolve(lock))).toBeNull()
    await new Promise((resolve) => setTimeout(resolve, 0))
    releaseB()
    await b
    expect(await locks.request('a', { ifAvailable: true }, (lock) => Promise.resolve(lock))).not.toBeNull()
  })

  it('passes the callback’s error on and releases the lock', async () => {
    const locks = inProcessLocks()
    await expect(locks.request('a', {}, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    const seen = await locks.request('a', { ifAvailable: true }, (lock) => Promise.resolve(lock))
    expect(seen).not.toBeNull()
  })

  it('lets a waiting request in after the holder threw', async () => {
    const locks = inProcessLocks()
    const first = deferred()
    const failing = locks.request('a', {}, async () => {
      await first.promise
      throw new Error('boom')
    })
    const next = locks.request('a', {}, () => Promise.resolve('next'))
    first.resolve()
    await expect(failing).rejects.toThrow('boom')
    await expect(next).resolves.toBe('next')
  })
})
