import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { RollcallDb } from '../../../renderer/src/db/schema'
import { describeStorageError } from '../../../renderer/src/db/storage-problem'

function named(name: string, inner?: string): Error {
  const error = new Error('boom')
  error.name = name
  if (inner) Object.assign(error, { inner: { name: inner } })
  return error
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')

describe('storage problems in words', () => {
  it.each([
    [named('QuotaExceededError'), /out of storage space/],
    [named('AbortError', 'QuotaExceededError'), /out of storage space/],
    [named('VersionError'), /newer version/],
    [named('OpenFailedError', 'VersionError'), /newer version/],
    [named('BlockedError'), /could not open/],
    [named('UpgradeError'), /could not update/],
    [named('UpgradeError', 'TypeError'), /could not update/],
    [named('TypeError'), /could not use its local data/],
  ])('describes %s', (error, title) => {
    const problem = describeStorageError(error)
    expect(problem.title).toMatch(title)
    expect(problem.detail.length).toBeGreaterThan(20)
  })

  it('always tells the desk that what was saved is still there', () => {
    for (const name of ['QuotaExceededError', 'VersionError', 'BlockedError', 'UpgradeError', 'X']) {
      expect(describeStorageError(named(name)).detail).toMatch(/are safe|Nothing has been|data is unchanged/)
    }
  })

  it('describes what is not an Error at all', () => {
    expect(describeStorageError('disk on fire').detail).toBe('disk on fire. Nothing has been deleted.')
    expect(describeStorageError(undefined).title).toMatch(/could not use its local data/)
    expect(describeStorageError({ name: 'toString' }).title).toMatch(/could not use its local data/)
  })
})

describe('a write that runs out of space', () => {
  const outOfSpace = /out of storage space/

  it('as a plain DOMException (which jsdom does not make an Error)', () => {
    expect(quota()).not.toBeInstanceOf(Error)
    expect(describeStorageError(quota()).title).toMatch(outOfSpace)
  })

  it('as Dexie reports a transaction that aborted on commit: an AbortError around it', () => {
    const error = new Dexie.AbortError('Transaction aborted', quota())
    expect(error).toMatchObject({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })
    expect(describeStorageError(error).title).toMatch(outOfSpace)
  })

  it('as a bulk write reports it, one failure per row', () => {
    const error = new Dexie.BulkError('bulkPut failed', { 0: quota(), 3: quota() })
    expect(describeStorageError(error).title).toMatch(outOfSpace)
  })

  it('as an upgrade that ran out of space (openDatabase wraps it in an UpgradeError)', () => {
    const error = new Dexie.UpgradeError('upgrade failed', new Dexie.AbortError('aborted', quota()))
    expect(describeStorageError(error).title).toMatch(outOfSpace)
  })

  it('as a real write through Dexie whose IndexedDB request fails with it', async () => {
    const db = new RollcallDb('quota-write')
    // Below Dexie, where IndexedDB answers: every write fails the way a full disk makes it fail.
    db.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down) => ({
        ...down,
        table: (name) => ({ ...down.table(name), mutate: () => Promise.reject(quota()) }),
      }),
    })
    const error = await db
      .transaction('rw', db.syncState, () => db.syncState.put({ key: 'watermark', value: 'x' }))
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ name: 'QuotaExceededError', inner: { name: 'QuotaExceededError' } })
    const problem = describeStorageError(error)
    expect(problem.title).toMatch(outOfSpace)
    expect(problem.detail).toMatch(/Changes already saved are safe/)
    db.close()
  })
})
