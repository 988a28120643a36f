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

  it('says what is wrong in words', () => {
    expect(() => parseBenchArgs(['--bookings', 'many'])).toThrow('--bookings')
    expect(() => parseBenchArgs(['--skip', 'initial'])).toThrow('--skip takes some of')
    expect(() => parseBenchArgs(['--fast'])).toThrow('unknown argument --fast')
  })
})
