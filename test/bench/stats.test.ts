import { describe, expect, it } from 'vitest'
import { distribution, percentile } from './stats'

describe('percentile (nearest rank)', () => {
  it('takes the value at rank ⌈p·n⌉ of the sorted samples', () => {
    const samples = Array.from({ length: 200 }, (_, i) => 200 - i) // 200 … 1, unsorted on purpose
    expect(percentile(samples, 50)).toBe(100)
    expect(percentile(samples, 95)).toBe(190)
    expect(percentile(samples, 100)).toBe(200)
    expect(percentile([7], 95)).toBe(7)
  })

  it('refuses no samples and percentiles outside (0, 100]', () => {
    expect(() => percentile([], 50)).toThrow('no samples')
    expect(() => percentile([1], 0)).toThrow('not in (0, 100]')
    expect(() => percentile([1], 101)).toThrow('not in (0, 100]')
  })

  it('sums a run up as count, p50, p95 and max', () => {
    expect(distribution([3, 1, 2, 10])).toEqual({ count: 4, p50: 2, p95: 10, max: 10 })
  })
})
