import { describe, expect, it } from 'vitest'
import { businessDayOf, formatBusinessDay } from '@shared/domain/business-day'

describe('business day', () => {
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

  it('refuses an unknown time zone', () => {
    expect(() => businessDayOf(new Date(), 'Mars/Olympus_Mons')).toThrow(RangeError)
  })

  it('formats a day for people', () => {
    expect(formatBusinessDay('2026-11-23', 'en-US')).toBe('Monday, November 23')
    expect(() => formatBusinessDay('yesterday')).toThrow(RangeError)
  })
})
