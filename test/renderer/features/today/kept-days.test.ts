import { describe, expect, it } from 'vitest'
import {
  isKept,
  keptLimitWords,
  keptSpanWords,
  shortBusinessDay,
  spanKeeping,
} from '../../../../renderer/src/features/today/kept-days'

// pinned: business days, no clock read.
const TODAY = '2026-03-10'

describe('the days kept on this computer', () => {
  it('says the span from today', () => {
    expect(keptSpanWords({ daysBefore: 1, daysAfter: 7 })).toBe('yesterday to 7 days ahead')
    expect(keptSpanWords({ daysBefore: 0, daysAfter: 1 })).toBe('today to tomorrow')
    expect(keptSpanWords({ daysBefore: 3, daysAfter: 30 })).toBe('3 days ago to 30 days ahead')
  })

  it('says a day short', () => {
    expect(shortBusinessDay('2026-03-16')).toBe('Mon, Mar 16')
  })

  it('widens only the side the day is on, within the limits of Settings', () => {
    const span = { daysBefore: 1, daysAfter: 7 }
    expect(isKept(span, TODAY, '2026-03-17')).toBe(true)
    expect(spanKeeping(span, TODAY, '2026-03-17')).toBeNull()
    expect(spanKeeping(span, TODAY, '2026-03-18')).toEqual({ daysBefore: 1, daysAfter: 8 })
    expect(spanKeeping(span, TODAY, '2026-04-09')).toEqual({ daysBefore: 1, daysAfter: 30 })
    expect(spanKeeping(span, TODAY, '2026-04-10')).toBeNull()
    expect(spanKeeping(span, TODAY, '2026-03-03')).toEqual({ daysBefore: 7, daysAfter: 7 })
    expect(spanKeeping(span, TODAY, '2026-03-02')).toBeNull()
    expect(keptLimitWords(TODAY, '2026-04-10')).toBe('Rollcall can keep at most 30 days ahead')
    expect(keptLimitWords(TODAY, '2026-03-02')).toBe('Rollcall can keep at most back to 7 days ago')
  })
})
