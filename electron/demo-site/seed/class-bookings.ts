import type { Booking, BookedEntity } from '@shared/wix/booking'
import type { BookingStatus } from '@shared/wix/booking-enums'
import { buildBooking, slotEntityFor, type DemoCatalog } from '../booking-factory'
import type { DemoEvent, DemoService } from '../model'
import type { SeededRandom } from '../seeded-random'
import { contactDetailsOf, type DemoCustomer } from './customers'
import { partySize, seedPayment, seedTimestamps } from './booking-traits'

/**
 * Fills class sessions with `budget` bookings in total. Popular sessions fill up and get a waitlist of up
 * to 5; capacity (CONFIRMED + PENDING participants) is never exceeded.
 */
export interface BookingSeedContext {
  random: SeededRandom
  now: number
  catalog: DemoCatalog
  customers: readonly DemoCustomer[]
}

const MAX_WAITLIST = 5

/** Splits `total` over weights; the rounding remainder goes to the heaviest. */
export function splitByWeight(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  if (sum <= 0 || total <= 0) return weights.map(() => 0)
  const counts = weights.map((w) => Math.floor((total * w) / sum))
  let remainder = total - counts.reduce((a, b) => a + b, 0)
  const order = weights.map((w, i) => [w, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1])
  for (let k = 0; remainder > 0; k = (k + 1) % order.length, remainder--) {
    const index = order[k]?.[1] ?? 0
    counts[index] = (counts[index] ?? 0) + 1
  }
  return counts
}

function intendedStatus(random: SeededRandom, service: DemoService, started: boolean): BookingStatus {
  if (started) {
    if (random.chance(0.07)) return 'CANCELED'
    if (service.requireManualApproval && random.chance(0.1)) return 'DECLINED'
    return 'CONFIRMED'
  }
  if (random.chance(0.06)) return 'CANCELED'
  if (random.chance(0.01)) return 'CREATED'
  if (service.requireManualApproval && random.chance(0.55)) return 'PENDING'
  return 'CONFIRMED'
}

export function seedSessionBookings(
  ctx: BookingSeedContext,
  event: DemoEvent,
  count: number,
  entity: BookedEntity,
): Booking[] {
  const service = ctx.catalog.services.get(event.serviceId)
  if (!service) return []
  const started = event.startMs <= ctx.now
  const bookings: Booking[] = []
  let occupied = 0
  let waitlisted = 0
  for (let i = 0; i < count; i++) {
    const participants = partySize(ctx.random, service)
    let status = intendedStatus(ctx.random, service, started)
    const holdsSpot = status === 'CONFIRMED' || status === 'PENDING'
    if (holdsSpot && occupied + participants > event.totalCapacity) {
      const canWait = !started && event.kind === 'CLASS' && waitlisted < MAX_WAITLIST
      status = canWait ? 'WAITING_LIST' : 'CANCELED'
    }
    if (status === 'CONFIRMED' || status === 'PENDING') occupied += participants
    if (status === 'WAITING_LIST') waitlisted++
    const wasPendingFirst = service.requireManualApproval && status !== 'PENDING' && status !== 'CREATED'
    const times = seedTimestamps(ctx.random, event.startMs, ctx.now, status, wasPendingFirst)
    const customer = ctx.random.pick(ctx.customers)
    bookings.push(
      buildBooking({
        id: ctx.random.uuid(),
        bookedEntity: entity,
        startMs: event.startMs,
        endMs: event.endMs,
        status,
        totalParticipants: participants,
        contactDetails: contactDetailsOf(customer),
        ...seedPayment(ctx.random, service, started),
        ...times,
      }),
    )
  }
  return bookings
}

/**
 * A few upcoming small classes are sold out with people waiting: they get enough bookings to fill them plus
 * a waitlist, before the rest of the budget is spread by popularity.
 */
function pickSoldOutSessions(
  ctx: BookingSeedContext,
  sessions: readonly DemoEvent[],
  budget: number,
): Map<DemoEvent, number> {
  const soldOut = new Map<DemoEvent, number>()
  const candidates = sessions.filter(
    (e) => e.startMs > ctx.now && e.totalCapacity <= 16 && e.kind === 'CLASS',
  )
  const wanted = Math.max(3, Math.round(candidates.length * 0.08))
  let remaining = budget
  for (let tries = 0; soldOut.size < wanted && tries < wanted * 4 && candidates.length > 0; tries++) {
    const event = ctx.random.pick(candidates)
    const count = event.totalCapacity + ctx.random.int(2, 5)
    if (soldOut.has(event) || count > remaining / 3) continue
    soldOut.set(event, count)
    remaining -= count
  }
  return soldOut
}

export function seedClassBookings(
  ctx: BookingSeedContext,
  sessions: readonly DemoEvent[],
  budget: number,
): Booking[] {
  const soldOut = pickSoldOutSessions(ctx, sessions, budget)
  const soldOutTotal = [...soldOut.values()].reduce((a, b) => a + b, 0)
  const weights = sessions.map((event) => {
    if (soldOut.has(event)) return 0
    const popularity = ctx.catalog.services.get(event.serviceId)?.popularity ?? 1
    return popularity * event.totalCapacity * (0.3 + ctx.random.next())
  })
  const counts = splitByWeight(budget - soldOutTotal, weights)
  const bookings: Booking[] = []
  sessions.forEach((event, index) => {
    const count = (soldOut.get(event) ?? 0) + (counts[index] ?? 0)
    if (count > 0) bookings.push(...seedSessionBookings(ctx, event, count, slotEntityFor(event, ctx.catalog)))
  })
  return bookings
}
