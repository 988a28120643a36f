import type { BookingStatus, PaymentStatus, SelectedPaymentOption } from '@shared/wix/booking-enums'
import type { DemoService } from '../model'
import type { SeededRandom } from '../seeded-random'

/** The small, realistic variations of a seeded booking: party size, payment, timestamps and revision. */

const HOUR = 3_600_000
const DAY = 24 * HOUR

export function partySize(random: SeededRandom, service: DemoService): number {
  if (service.kind !== 'CLASS') return 1
  const size = random.weighted([
    [1, 82],
    [2, 14],
    [3, 4],
  ])
  // Never more than the service takes in one booking (Reformer Pilates: 2).
  return Math.min(size, service.maxParticipantsPerBooking)
}

export interface SeedPayment {
  selectedPaymentOption: SelectedPaymentOption
  paymentStatus: PaymentStatus
}

/** Paid online or by membership, pay-at-the-desk (unpaid until the session), free intro (exempt), deposits. */
export function seedPayment(
  random: SeededRandom,
  service: DemoService,
  sessionStarted: boolean,
): SeedPayment {
  if (service.requireManualApproval && service.kind === 'CLASS') {
    return { selectedPaymentOption: 'OFFLINE', paymentStatus: 'EXEMPT' }
  }
  if (service.kind === 'COURSE') {
    return { selectedPaymentOption: 'ONLINE', paymentStatus: random.chance(0.7) ? 'PAID' : 'PARTIALLY_PAID' }
  }
  const option = random.weighted<SelectedPaymentOption>([
    ['MEMBERSHIP', service.kind === 'CLASS' ? 45 : 20],
    ['ONLINE', 30],
    ['OFFLINE', 25],
  ])
  if (option === 'OFFLINE') {
    return {
      selectedPaymentOption: option,
      paymentStatus: sessionStarted && random.chance(0.85) ? 'PAID' : 'NOT_PAID',
    }
  }
  if (option === 'ONLINE' && random.chance(0.05))
    return { selectedPaymentOption: option, paymentStatus: 'PARTIALLY_PAID' }
  return { selectedPaymentOption: option, paymentStatus: 'PAID' }
}

export interface SeedTimestamps {
  createdMs: number
  updatedMs: number
  revision: number
}

/**
 * Booked 2 hours to 3 weeks ahead (never after "now"); every status change after creation bumps the
 * revision once and moves updatedDate forward.
 */
export function seedTimestamps(
  random: SeededRandom,
  startMs: number,
  now: number,
  status: BookingStatus,
  wasPendingFirst: boolean,
): SeedTimestamps {
  const latest = Math.min(now - random.int(5, 600) * 60_000, startMs - 2 * HOUR)
  const createdMs = Math.min(latest, startMs - random.int(2 * HOUR, 21 * DAY)) - random.int(0, 59_999)
  const changes = (status === 'CANCELED' || status === 'DECLINED' ? 1 : 0) + (wasPendingFirst ? 1 : 0)
  if (changes === 0) return { createdMs, updatedMs: createdMs, revision: 1 }
  const changeLimit = Math.max(createdMs, Math.min(now, startMs) - 60_000)
  const updatedMs = createdMs + Math.floor(random.next() * (changeLimit - createdMs))
  return { createdMs, updatedMs, revision: 1 + changes }
}
