import { describe, expect, it } from 'vitest'
import { CLOCK_SCENARIOS, instantOfWallClock } from './clock-scenarios'

/** The moments `npm run test:clocks` moves the machine to are the ones the scenarios name. */
describe('instantOfWallClock', () => {
  it('finds the UTC instant of a wall-clock time in the business’s zone', () => {
    const iso = (at: string, occurrence?: 'first' | 'second') =>
      new Date(instantOfWallClock(at, 'America/Chicago', occurrence)).toISOString()
    expect(iso('2027-03-14 08:30')).toBe('2027-03-14T13:30:00.000Z') // CDT, hours after spring-forward
    expect(iso('2027-11-07 01:30')).toBe('2027-11-07T06:30:00.000Z') // the first 1:30 (CDT)
    expect(iso('2027-11-07 01:30', 'second')).toBe('2027-11-07T07:30:00.000Z') // the second (CST)
    expect(iso('2026-12-31 23:30')).toBe('2027-01-01T05:30:00.000Z')
  })

  it('refuses a time the clocks skip, and what is not a time', () => {
    expect(() => instantOfWallClock('2027-03-14 02:30', 'America/Chicago')).toThrow(/does not happen/)
    expect(() => instantOfWallClock('tomorrow', 'America/Chicago')).toThrow(/not a wall-clock time/)
  })

  it('names four scenarios, each with a machine zone other than the business’s', () => {
    expect(CLOCK_SCENARIOS).toHaveLength(4)
    for (const scenario of CLOCK_SCENARIOS) {
      expect(scenario.machineZone).not.toBe(scenario.businessZone)
      expect(() => instantOfWallClock(scenario.at, scenario.businessZone, scenario.occurrence)).not.toThrow()
    }
  })
})
