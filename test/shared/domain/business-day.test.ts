import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  addDays,
  businessDayOf,
  daysBetween,
  formatBusinessDay,
  startOfBusinessDay,
} from '@shared/domain/business-day'

describe('business day', () => {
  // Every instant below is written out; the clock is pinned too, so nothing here depends on the day or the
  // machine's zone the test runs in.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-23T15:00:00Z') })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('is the calendar day in the business time zone, not UTC', () => {
    // 03:30 UTC on the 24th is still the evening of the 23rd in Chicago (UTC−6 in November).
    const instant = new Date('2026-11-24T03:30:00Z')
    expect(businessDayOf(instant, 'America/Chicago')).toBe('2026-11-23')
    expect(businessDayOf(instant, 'UTC')).toBe('2026-11-24')
    expect(businessDayOf(instant, 'Asia/Tokyo')).toBe('2026-11-24')
  })

  it('follows daylight saving changes', () => {
    // Chicago is UTC−5 in July: 04:59 UTC is 23:59 the day before.
    expect(businessDayOf(new Date('2026-07-10T04:59:00Z'), 'America/Chicago')).toBe('2026-07-09')
    expect(businessDayOf(new Date('2026-07-10T05:00:00Z'), 'America/Chicago')).toBe('2026-07-10')
  })

  it('answers the same day for an instant asked again, in its own zone, however many instants were asked', () => {
    // Instants pinned here: a walk over five years, every 7 hours, is more than the days remembered.
    const start = Date.parse('2026-01-01T00:30:00Z')
    const formatter = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' })
    for (let hour = 0; hour < 5 * 24 * 365; hour += 7) {
      const instant = new Date(start + hour * 3_600_000)
      const expected = formatter.format(instant)
      expect(businessDayOf(instant, 'America/Chicago')).toBe(expected)
      expect(businessDayOf(new Date(instant), 'America/Chicago')).toBe(expected)
    }
    const instant = new Date('2026-11-24T03:30:00Z')
    expect(businessDayOf(instant, 'America/Chicago')).toBe('2026-11-23')
    expect(businessDayOf(instant, 'UTC')).toBe('2026-11-24')
  })

  it('refuses an unknown time zone', () => {
    expect(() => businessDayOf(new Date(), 'Mars/Olympus_Mons')).toThrow(RangeError)
  })

  it('formats a day for people', () => {
    expect(formatBusinessDay('2026-11-23', 'en-US')).toBe('Monday, November 23')
    expect(() => formatBusinessDay('yesterday')).toThrow(RangeError)
  })
})

describe('addDays: calendar arithmetic on business days', () => {
  it('moves within a month', () => {
    expect(addDays('2026-11-23', 1)).toBe('2026-11-24')
    expect(addDays('2026-11-23', 7)).toBe('2026-11-30')
  })

  it('answers the same day for zero', () => {
    expect(addDays('2026-11-23', 0)).toBe('2026-11-23')
  })

  it('crosses month ends both ways', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01')
    expect(addDays('2026-04-30', 1)).toBe('2026-05-01')
    expect(addDays('2026-12-01', -1)).toBe('2026-11-30')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
  })

  it('crosses year ends both ways', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31')
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04')
  })

  it('goes backwards for a negative count', () => {
    expect(addDays('2026-11-23', -1)).toBe('2026-11-22')
    expect(addDays('2026-11-23', -30)).toBe('2026-10-24')
  })

  it('knows leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01')
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29')
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01')
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01')
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29')
  })

  it('is not moved by daylight saving changes (no time zone involved)', () => {
    expect(addDays('2026-03-07', 1)).toBe('2026-03-08')
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09')
    expect(addDays('2026-11-01', 1)).toBe('2026-11-02')
  })

  it('adds a whole year of days', () => {
    expect(addDays('2026-11-23', 365)).toBe('2027-11-23')
    expect(addDays('2027-11-23', 366)).toBe('2028-11-23')
  })

  it('refuses something that is not a day', () => {
    expect(() => addDays('yesterday', 1)).toThrow(RangeError)
    expect(() => addDays('', 1)).toThrow(RangeError)
  })
})

describe('daysBetween: every day from first to last, both included', () => {
  it('lists the days in order', () => {
    expect(daysBetween('2026-11-22', '2026-11-25')).toEqual([
      '2026-11-22',
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
    ])
  })

  it('is one day when first and last are the same', () => {
    expect(daysBetween('2026-11-23', '2026-11-23')).toEqual(['2026-11-23'])
  })

  it('is empty when last comes before first', () => {
    expect(daysBetween('2026-11-24', '2026-11-23')).toEqual([])
  })

  it('crosses a month end and a year end', () => {
    expect(daysBetween('2026-12-30', '2027-01-02')).toEqual([
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ])
  })

  it('includes the leap day', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toEqual(['2028-02-28', '2028-02-29', '2028-03-01'])
    expect(daysBetween('2026-02-28', '2026-03-01')).toEqual(['2026-02-28', '2026-03-01'])
  })

  it('spans the default sync window (yesterday to a week ahead): nine days', () => {
    const days = daysBetween('2026-11-22', '2026-11-30')
    expect(days).toHaveLength(9)
    expect(days.at(0)).toBe('2026-11-22')
    expect(days.at(-1)).toBe('2026-11-30')
  })
})

describe('startOfBusinessDay: the instant a day begins in the business’s zone', () => {
  const iso = (day: string, zone: string) => new Date(startOfBusinessDay(day, zone)).toISOString()

  it('is local midnight, on ordinary, DST and leap days alike', () => {
    expect(iso('2026-11-23', 'America/Chicago')).toBe('2026-11-23T06:00:00.000Z')
    expect(iso('2027-03-14', 'America/Chicago')).toBe('2027-03-14T06:00:00.000Z') // 23 hours long
    expect(iso('2027-03-15', 'America/Chicago')).toBe('2027-03-15T05:00:00.000Z')
    expect(iso('2027-11-07', 'America/Chicago')).toBe('2027-11-07T05:00:00.000Z') // 25 hours long
    expect(iso('2027-11-08', 'America/Chicago')).toBe('2027-11-08T06:00:00.000Z')
    expect(iso('2028-02-29', 'America/Chicago')).toBe('2028-02-29T06:00:00.000Z')
    expect(iso('2027-01-01', 'Pacific/Auckland')).toBe('2026-12-31T11:00:00.000Z')
    expect(iso('2027-01-01', 'Asia/Kolkata')).toBe('2026-12-31T18:30:00.000Z')
    expect(iso('2027-01-01', 'Pacific/Kiritimati')).toBe('2026-12-31T10:00:00.000Z') // UTC+14
  })

  it('is the first instant of the day where the clocks skip its midnight', () => {
    // Chile springs forward at 24:00: 2026-09-06 starts at 01:00 local (UTC-3).
    expect(iso('2026-09-06', 'America/Santiago')).toBe('2026-09-06T04:00:00.000Z')
    expect(
      businessDayOf(new Date(startOfBusinessDay('2026-09-06', 'America/Santiago') - 1), 'America/Santiago'),
    ).toBe('2026-09-05')
  })

  it('refuses what is not a day', () => {
    expect(() => startOfBusinessDay('Monday', 'UTC')).toThrow(RangeError)
  })
})
