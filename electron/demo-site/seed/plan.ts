/**
 * How big each part of the demo business is for a requested number of bookings. The shares keep the
 * default site (~600 bookings) looking like one studio, and let a benchmark ask for 20,000 bookings
 * (about 1,500 class sessions) without oversubscribing anything.
 */
export interface SeedPlan {
  totalBookings: number
  appointmentBookings: number
  courseBookings: number
  courseCohorts: number
  classSessionsPerDay: number
  staffCount: number
  customerCount: number
}

/** The window the seed fills: today − 7 … today + 7 in the business's zone. */
export const SEED_DAYS_BEFORE = 7
export const SEED_DAYS_AFTER = 7
const DAYS = SEED_DAYS_BEFORE + SEED_DAYS_AFTER + 1

const COURSE_CAPACITY = 14
const MAX_COURSE_COHORTS = 10
const AVERAGE_CLASS_CAPACITY = 17
/** Participants per booking, on average (mostly 1, some 2–3). */
const PARTICIPANTS_PER_BOOKING = 1.2
const TARGET_CLASS_FILL = 0.7

export function planSeed(totalBookings: number): SeedPlan {
  const total = Math.max(0, Math.floor(totalBookings))
  const appointmentBookings = Math.round(total * 0.06)
  const perCohort = Math.floor(COURSE_CAPACITY * 0.85)
  const courseBookings = Math.min(Math.round(total * 0.04), perCohort * MAX_COURSE_COHORTS)
  const courseCohorts = Math.max(1, Math.ceil(courseBookings / perCohort))
  const classBookings = total - appointmentBookings - courseBookings
  const classSessionsPerDay = Math.max(
    7,
    Math.round(
      (classBookings * PARTICIPANTS_PER_BOOKING) / (DAYS * AVERAGE_CLASS_CAPACITY * TARGET_CLASS_FILL),
    ),
  )
  const staffCount = Math.max(
    6,
    Math.ceil(classSessionsPerDay / 5),
    Math.ceil(appointmentBookings / (DAYS * 5)),
  )
  const customerCount = Math.min(10_000, Math.max(80, Math.round(total / 3)))
  return {
    totalBookings: total,
    appointmentBookings,
    courseBookings,
    courseCohorts,
    classSessionsPerDay,
    staffCount,
    customerCount,
  }
}

export function seedDayOffsets(): number[] {
  const offsets: number[] = []
  for (let d = -SEED_DAYS_BEFORE; d <= SEED_DAYS_AFTER; d++) offsets.push(d)
  return offsets
}
