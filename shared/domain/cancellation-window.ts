import type { Service } from '../wix/service'
import { durationWords } from './duration-words'

/**
 * The business's cancellation policy as the desk can know it before sending (issue 21): a service whose
 * policy limits the latest cancellation (Services V2 `bookingPolicy.cancellationPolicy`:
 * `limitLatestCancellation`, `latestCancellationInMinutes`) refuses a cancel inside that window with 428
 * BOOKING_POLICY_VIOLATION, unless the cancel ignores the policy (which needs BOOKINGS.IGNORE_BOOKING_POLICY).
 * What Wix does after the start with no limit set is not documented: the desk predicts a refusal only from a
 * limit it read.
 */
type CancellationPolicy = NonNullable<NonNullable<Service['bookingPolicy']>['cancellationPolicy']>

/** Minutes before the start after which no cancellation is taken; null when the service sets no such limit. */
export function latestCancellationMinutesOf(policy: CancellationPolicy | null | undefined): number | null {
  if (policy?.limitLatestCancellation !== true) return null
  const minutes = policy.latestCancellationInMinutes
  // Wix's default when the limit is on and no number is given: one day (Services V2 CancellationPolicy).
  return typeof minutes === 'number' && minutes >= 0 ? minutes : 1440
}

/** Whether a cancel at `now` falls inside the window (a session already started is inside it). */
export function insideCancellationWindow(
  latestMinutes: number | null,
  startMs: number,
  now: number,
): boolean {
  return latestMinutes !== null && now >= startMs - latestMinutes * 60_000
}

/** "no cancellation later than 12 hours before the start": the rule, in words. */
export function cancellationPolicyWords(latestMinutes: number): string {
  return latestMinutes === 0
    ? 'no cancellation after the start'
    : `no cancellation later than ${durationWords(latestMinutes)} before the start`
}
