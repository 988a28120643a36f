// Time is pinned here: every instant below is fixed data, never the machine's date or zone.
import { describe, expect, it } from 'vitest'
import {
  cancellationPolicyWords,
  insideCancellationWindow,
  latestCancellationMinutesOf,
} from '@shared/domain/cancellation-window'

const START = Date.parse('2026-03-10T15:00:00.000Z')
const HOUR = 3_600_000

describe("a service's cancellation window", () => {
  it('is read only when the service limits the latest cancellation', () => {
    expect(latestCancellationMinutesOf(undefined)).toBeNull()
    expect(latestCancellationMinutesOf({ enabled: true, limitLatestCancellation: false })).toBeNull()
    expect(
      latestCancellationMinutesOf({ limitLatestCancellation: false, latestCancellationInMinutes: 720 }),
    ).toBeNull()
    expect(
      latestCancellationMinutesOf({ limitLatestCancellation: true, latestCancellationInMinutes: 720 }),
    ).toBe(720)
    // Wix's documented default when the limit is on: one day.
    expect(latestCancellationMinutesOf({ limitLatestCancellation: true })).toBe(1440)
  })

  it('holds a cancel from that many minutes before the start, and after the start', () => {
    expect(insideCancellationWindow(720, START, START - 13 * HOUR)).toBe(false)
    expect(insideCancellationWindow(720, START, START - 12 * HOUR)).toBe(true)
    expect(insideCancellationWindow(720, START, START - HOUR)).toBe(true)
    expect(insideCancellationWindow(720, START, START + HOUR)).toBe(true)
    expect(insideCancellationWindow(null, START, START + HOUR)).toBe(false)
  })

  it('is said in words', () => {
    expect(cancellationPolicyWords(720)).toBe('no cancellation later than 12 hours before the start')
    expect(cancellationPolicyWords(1440)).toBe('no cancellation later than 1 day before the start')
    expect(cancellationPolicyWords(0)).toBe('no cancellation after the start')
  })
})
