import { describe, expect, it } from 'vitest'
import { describeStorageError } from '../../../renderer/src/db/storage-problem'

function named(name: string, inner?: string): Error {
  const error = new Error('boom')
  error.name = name
  if (inner) Object.assign(error, { inner: { name: inner } })
  return error
}

describe('storage problems in words', () => {
  it.each([
    [named('QuotaExceededError'), /out of storage space/],
    [named('AbortError', 'QuotaExceededError'), /out of storage space/],
    [named('VersionError'), /newer version/],
    [named('OpenFailedError', 'VersionError'), /newer version/],
    [named('BlockedError'), /could not open/],
    [named('UpgradeError'), /could not update/],
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
})
