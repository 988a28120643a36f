import { describe, expect, it } from 'vitest'
import { coalesce } from '../../../renderer/src/sync/coalesce'

function gate() {
  let open!: () => void
  const promise = new Promise<void>((resolve) => (open = resolve))
  return { promise, open }
}

describe('coalesce', () => {
  it('commits what arrives during a commit together, in the next one, in arrival order', async () => {
    const first = gate()
    const commits: number[][] = []
    const commit = coalesce<number>((items) => {
      commits.push(items)
      return commits.length === 1 ? first.promise : Promise.resolve()
    })
    const a = commit([1])
    await Promise.resolve()
    const b = commit([2])
    const c = commit([3, 4])
    first.open()
    await Promise.all([a, b, c])
    expect(commits).toEqual([[1], [2, 3, 4]])
  })

  it('settles each caller with the commit that carried its items, a failure only for that group', async () => {
    const calls: number[][] = []
    const commit = coalesce<number>((items) => {
      calls.push(items)
      return items.includes(2) ? Promise.reject(new Error('disk full')) : Promise.resolve()
    })
    const a = commit([1])
    await a
    const b = commit([2])
    await expect(b).rejects.toThrow('disk full')
    await expect(commit([3])).resolves.toBeUndefined()
    expect(calls).toEqual([[1], [2], [3]])
  })
})
