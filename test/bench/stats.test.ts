import { describe, expect, it } from 'vitest'
import { distribution, median, medianRun, percentile } from './stats'

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

describe('median', () => {
  it('takes the middle of an odd count, whatever the order', () => {
    expect(median([52_000, 49_100, 50_300])).toBe(50_300)
    expect(median([7])).toBe(7)
  })

  it('takes the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })

  it('refuses no samples', () => {
    expect(() => median([])).toThrow('no samples')
  })
})

describe('medianRun', () => {
  it('picks the run in the middle, so its floor and ratio are that same run’s', () => {
    const runs = [
      { ms: 52_000, floor: 48_700 },
      { ms: 49_100, floor: 48_400 },
      { ms: 50_300, floor: 49_000 },
    ]
    expect(medianRun(runs, (r) => r.ms)).toBe(runs[2])
    expect(medianRun(runs, (r) => r.ms).ms).toBe(median(runs.map((r) => r.ms)))
  })

  it('picks the lower middle one of an even count, and refuses none', () => {
    expect(medianRun([4, 1, 3, 2], (n) => n)).toBe(2)
    expect(() => medianRun([], (n: number) => n)).toThrow('no runs')
  })
})
