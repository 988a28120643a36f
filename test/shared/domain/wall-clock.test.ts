import { describe, expect, it } from 'vitest'
import {
  formatLocalDateTime,
  formatLocalWithOffset,
  instantOfLocal,
  localToUtcMs,
  parseLocalDateTime,
} from '@shared/domain/wall-clock'

/** Wall clock ↔ UTC in a named zone, independent of the machine's own zone (npm run test:clocks moves it). */
const CHICAGO = 'America/Chicago'
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString())
const local = (text: string) => {
  const parsed = parseLocalDateTime(text)
  if (!parsed) throw new Error(text)
  return parsed
}

describe('localToUtcMs', () => {
  it('converts in the named zone, winter and summer', () => {
    expect(iso(localToUtcMs(local('2026-11-23T09:00:00'), CHICAGO))).toBe('2026-11-23T15:00:00.000Z')
    expect(iso(localToUtcMs(local('2027-06-01T09:00:00'), CHICAGO))).toBe('2027-06-01T14:00:00.000Z')
    expect(iso(localToUtcMs(local('2027-01-01T00:00:00'), 'Asia/Kolkata'))).toBe('2026-12-31T18:30:00.000Z')
  })

  it('moves a time the clocks skip forward by the gap (2:30 AM on spring-forward morning is 3:30 CDT)', () => {
    expect(iso(localToUtcMs(local('2027-03-14T02:30:00'), CHICAGO))).toBe('2027-03-14T08:30:00.000Z')
  })

  it('takes the first of a repeated hour (1:30 AM CDT, not CST)', () => {
    expect(iso(localToUtcMs(local('2027-11-07T01:30:00'), CHICAGO))).toBe('2027-11-07T06:30:00.000Z')
  })
})

describe('formatting an instant in a zone', () => {
  it('writes the local time and its offset, both sides of a DST change', () => {
    expect(formatLocalWithOffset(Date.parse('2027-03-14T07:59:00Z'), CHICAGO)).toBe(
      '2027-03-14T01:59:00-06:00',
    )
    expect(formatLocalWithOffset(Date.parse('2027-03-14T08:00:00Z'), CHICAGO)).toBe(
      '2027-03-14T03:00:00-05:00',
    )
    expect(formatLocalDateTime(Date.parse('2027-11-07T07:30:00Z'), CHICAGO)).toBe('2027-11-07T01:30:00')
    expect(formatLocalWithOffset(Date.parse('2028-02-29T18:00:00Z'), CHICAGO)).toBe(
      '2028-02-29T12:00:00-06:00',
    )
  })
})

describe('instantOfLocal', () => {
  it('reads a stated offset or Z as it says, and a bare local time in the zone', () => {
    expect(iso(instantOfLocal('2026-11-23T09:00:00-06:00', 'Asia/Tokyo'))).toBe('2026-11-23T15:00:00.000Z')
    expect(iso(instantOfLocal('2026-11-23T15:00:00.000Z', CHICAGO))).toBe('2026-11-23T15:00:00.000Z')
    expect(iso(instantOfLocal('2026-11-23T09:00:00', CHICAGO))).toBe('2026-11-23T15:00:00.000Z')
    expect(iso(instantOfLocal('2026-11-23T09:00', CHICAGO))).toBe('2026-11-23T15:00:00.000Z')
  })

  it('reads the slot-date forms of Wix (a colon before the milliseconds, then an optional offset)', () => {
    expect(iso(instantOfLocal('2026-11-23T09:00:00:250', CHICAGO))).toBe('2026-11-23T15:00:00.250Z')
    expect(iso(instantOfLocal('2026-11-23T09:00:00:000-06:00', 'Asia/Tokyo'))).toBe(
      '2026-11-23T15:00:00.000Z',
    )
    expect(iso(instantOfLocal('2026-11-23T09:00:00:000-0600', undefined))).toBe('2026-11-23T15:00:00.000Z')
    expect(iso(instantOfLocal('2027-06-01T09:00:00.000+05:30', undefined))).toBe('2027-06-01T03:30:00.000Z')
    // A bare wall-clock time needs a zone; a stated offset does not.
    expect(instantOfLocal('2026-11-23T09:00:00:000', undefined)).toBeUndefined()
  })

  it('is undefined for what is not a date-time or an unknown zone', () => {
    expect(instantOfLocal('Monday at nine', CHICAGO)).toBeUndefined()
    expect(instantOfLocal('2026-11-23T09:00:00', 'Mars/Olympus_Mons')).toBeUndefined()
    expect(instantOfLocal('2026-02-30T09:00:00', CHICAGO)).toBeUndefined()
    expect(instantOfLocal('2026-11-23T09:00:00:000-25:00', CHICAGO)).toBeUndefined()
    expect(instantOfLocal('2026-11-23T09:00:00::000', CHICAGO)).toBeUndefined()
  })
})
