import { cancellationPolicyWords, insideCancellationWindow } from '@shared/domain/cancellation-window'
import type { BookingRow } from '../db/rows'
import type { RollcallDb } from '../db/schema'
import { readWalkInTerms } from '../sync/walk-in-terms-store'

/** A booking's cancellation rule, as the desk knows it offline (the services' terms, read with each full pull). */
export interface CancellationRule {
  /** "no cancellation later than 12 hours before the start" */
  words: string
  /** A cancel now falls inside the window: Wix will refuse it (BOOKING_POLICY_VIOLATION) unless sent anyway. */
  inside: boolean
}

/** The service a booking is of (a class or appointment's slot, or a course's schedule). */
function serviceIdOf(row: BookingRow): string | null {
  const entity = row.server?.booking.bookedEntity
  return entity?.slot?.serviceId ?? entity?.schedule?.serviceId ?? null
}

/**
 * The rule of the booking's service, when its terms are kept offline and limit the latest cancellation; null
 * otherwise (no limit, or not known: the desk then says nothing before sending, and Wix's answer decides).
 */
export async function cancellationRuleOf(
  db: RollcallDb,
  row: BookingRow | undefined,
  now: number,
): Promise<CancellationRule | null> {
  const serviceId = row ? serviceIdOf(row) : null
  if (!row || !serviceId) return null
  const minutes = (await readWalkInTerms(db)).get(serviceId)?.policy.latestCancellationMinutes ?? null
  if (minutes === null) return null
  return {
    words: cancellationPolicyWords(minutes),
    inside: insideCancellationWindow(minutes, Date.parse(row.startUtc), now),
  }
}
