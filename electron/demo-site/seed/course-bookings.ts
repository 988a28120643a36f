import type { Booking } from '@shared/wix/booking'
import { buildBooking, scheduleEntityFor } from '../booking-factory'
import type { DemoEvent, DemoService } from '../model'
import type { BookingSeedContext } from './class-bookings'
import { contactDetailsOf } from './customers'
import { seedPayment, seedTimestamps } from './booking-traits'

/**
 * Course enrolments: one booking per student on the course's schedule (`bookedEntity.schedule`), counted
 * against every session's capacity. Courses have no waitlist in Wix, so an overflow would be canceled.
 */
export function seedCourseBookings(
  ctx: BookingSeedContext,
  course: DemoService,
  sessions: readonly DemoEvent[],
  count: number,
): Booking[] {
  const first = sessions[0]
  const last = sessions[sessions.length - 1]
  if (!first || !last) return []
  const entity = scheduleEntityFor(course, sessions, ctx.catalog)
  const started = first.startMs <= ctx.now
  const bookings: Booking[] = []
  let enrolled = 0
  for (let i = 0; i < count; i++) {
    let status: 'CONFIRMED' | 'CANCELED' = ctx.random.chance(0.08) ? 'CANCELED' : 'CONFIRMED'
    if (status === 'CONFIRMED' && enrolled + 1 > course.capacity) status = 'CANCELED'
    if (status === 'CONFIRMED') enrolled++
    bookings.push(
      buildBooking({
        id: ctx.random.uuid(),
        bookedEntity: entity,
        startMs: first.startMs,
        endMs: last.endMs,
        status,
        totalParticipants: 1,
        contactDetails: contactDetailsOf(ctx.random.pick(ctx.customers)),
        ...seedPayment(ctx.random, course, started),
        ...seedTimestamps(ctx.random, first.startMs, ctx.now, status, false),
      }),
    )
  }
  return bookings
}
