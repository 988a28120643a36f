import { describe, expect, it } from 'vitest'
import { DEFAULT_BENCH, parseBenchArgs } from './bench-args'

describe('npm run bench arguments', () => {
  it('defaults to the issue’s run: 20,000 bookings, 500 changes, 200 check-ins, 100 searches, 1,000 + 20 offline', () => {
    expect(parseBenchArgs([])).toEqual(DEFAULT_BENCH)
    expect(DEFAULT_BENCH).toMatchObject({
      bookings: 20_000,
      changes: 500,
      checkIns: 200,
      searches: 100,
      offlineCheckIns: 1000,
      confirms: 20,
    })
  })

  it('takes counts, a seed, phases to skip and where the JSON goes', () => {
    expect(
      parseBenchArgs(['--bookings', '3000', '--seed', '7', '--skip', 'search,replay', '--out', 'x.json']),
    ).toMatchObject({ bookings: 3000, seed: 7, skip: ['search', 'replay'], out: 'x.json' })
  })

  it('runs each first-desk figure 3 times, 200 check-ins drained under the budget; fewer for a quick look', () => {
    expect(DEFAULT_BENCH).toMatchObject({ runs: 3, budgetCheckIns: 200 })
    expect(parseBenchArgs(['--runs', '1', '--budget-check-ins', '80', '--skip', 'first-desk'])).toMatchObject(
      {
        runs: 1,
        budgetCheckIns: 80,
        skip: ['first-desk'],
      },
    )
  })

  it('says what is wrong in words', () => {
    expect(() => parseBenchArgs(['--bookings', 'many'])).toThrow('--bookings')
    expect(() => parseBenchArgs(['--skip', 'initial'])).toThrow('--skip takes some of')
    expect(() => parseBenchArgs(['--fast'])).toThrow('unknown argument --fast')
  })
})
