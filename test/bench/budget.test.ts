import { describe, expect, it } from 'vitest'
import { budgetFloorMs, WIX_BUDGET } from './budget'

describe('the floor under the rate budget', () => {
  it('is the budget main keeps: 180 a minute after a burst of 20', () => {
    expect(WIX_BUDGET).toEqual({ perMinute: 180, burst: 20 })
  })

  it('lets the burst go at once and every request after it wait a third of a second', () => {
    expect(budgetFloorMs(0)).toBe(0)
    expect(budgetFloorMs(20)).toBe(0)
    expect(budgetFloorMs(23)).toBeCloseTo(1000)
    // The full pull: 166 requests cannot take less than ~49 s.
    expect(budgetFloorMs(166)).toBeCloseTo(48_667, 0)
  })

  it('takes another budget', () => {
    expect(budgetFloorMs(70, { perMinute: 60, burst: 10 })).toBe(60_000)
  })
})
