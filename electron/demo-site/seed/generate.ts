import { faker } from '@faker-js/faker/locale/en_US'
import type { Booking } from '@shared/wix/booking'
import type { DemoCatalog } from '../booking-factory'
import type { DemoData, DemoEvent } from '../model'
import { createSeededRandom } from '../seeded-random'
import { addLocalDays, localToUtcMs, zonedParts } from '@shared/domain/wall-clock'
import { seedAppointments } from './appointments'
import { seedAttendance } from './attendance'
import {
  buildAppointmentServices,
  buildClassServices,
  buildFacialService,
  buildCourseServices,
  buildLocations,
  buildStaff,
} from './catalog'
import { seedClassBookings, splitByWeight, type BookingSeedContext } from './class-bookings'
import { seedCourseBookings } from './course-bookings'
import { buildCustomers } from './customers'
import { lifecycleDays, partlyArrived, reshapeClassBookings, seedAppointmentLifecycle } from './lifecycle'
import { planSeed } from './plan'
import { buildClassSessions, buildCourseSessions, type SessionContext } from './sessions'

export interface SeedOptions {
  seed: number
  /** Total number of bookings to create (exact). */
  bookings: number
  /** The demo clock's "now"; the data is laid out around this day in `timeZone`. */
  now: number
  timeZone: string
  businessName: string
}

/**
 * The whole demo business, deterministic from (seed, bookings, now): the same inputs give identical data.
 * Linear in the number of bookings (20,000 bookings take a fraction of a second).
 */
export function generateDemoData(options: SeedOptions): DemoData {
  const random = createSeededRandom(options.seed)
  faker.seed(options.seed)
  const plan = planSeed(options.bookings)
  const { timeZone, now } = options

  const locations = buildLocations(random)
  const staff = buildStaff(random, faker, plan.staffCount)
  const classes = buildClassServices(random)
  const appointmentServices = buildAppointmentServices(random)
  const courses = buildCourseServices(random, plan.courseCohorts)
  // The lifecycle cases (issue 19) draw from a stream of their own, so the rest of the seed stays as it was.
  const lifecycleRandom = createSeededRandom((options.seed ^ 0x11fec7c1) >>> 0)
  const facial = buildFacialService(lifecycleRandom)
  const services = [...classes, ...appointmentServices, facial, ...courses]
  const customers = buildCustomers(random, faker, plan.customerCount)
  const catalog: DemoCatalog = {
    services: new Map(services.map((s) => [s.id, s])),
    staff: new Map(staff.map((s) => [s.id, s])),
    locations: new Map(locations.map((l) => [l.id, l])),
  }

  const todayParts = zonedParts(now, timeZone)
  const today = { ...todayParts, hour: 0, minute: 0, second: 0 }
  const calendarCreatedIso = new Date(localToUtcMs(addLocalDays(today, -60), timeZone)).toISOString()
  const sessionCtx: SessionContext = { random, timeZone, today, calendarCreatedIso, locations, staff }
  const bookingCtx: BookingSeedContext = { random, now, catalog, customers }

  const classSessions = buildClassSessions(sessionCtx, classes, plan.classSessionsPerDay)
  const courseSessions = new Map<string, DemoEvent[]>()
  courses.forEach((course, index) =>
    courseSessions.set(course.scheduleId, buildCourseSessions(sessionCtx, course, index)),
  )

  const appointments = seedAppointments(
    bookingCtx,
    sessionCtx,
    appointmentServices,
    staff,
    plan.appointmentBookings,
  )
  const lifecycleCtx = {
    random: lifecycleRandom,
    now,
    timeZone,
    today,
    catalog,
    customers,
    staff,
  }
  const days = lifecycleDays(plan.totalBookings)
  const [training, massage, physio] = appointmentServices
  const lifecycle =
    training && massage && physio
      ? seedAppointmentLifecycle(
          lifecycleCtx,
          { massage, facial, physio, training },
          appointments.events,
          days,
        )
      : { events: [], bookings: [] }
  const courseCounts = splitByWeight(
    plan.courseBookings,
    courses.map(() => 1),
  )
  const courseBookings: Booking[] = []
  courses.forEach((course, index) => {
    const sessions = courseSessions.get(course.scheduleId) ?? []
    courseBookings.push(...seedCourseBookings(bookingCtx, course, sessions, courseCounts[index] ?? 0))
  })
  const classBudget = Math.max(
    0,
    plan.totalBookings - appointments.bookings.length - courseBookings.length - lifecycle.bookings.length,
  )
  const classBookings = seedClassBookings(bookingCtx, classSessions, classBudget)
  const { partlyArrivedIds } = reshapeClassBookings(
    lifecycleCtx,
    classBookings,
    new Map(classSessions.map((e) => [e.id, e])),
    days,
  )

  const events = [
    ...classSessions,
    ...[...courseSessions.values()].flat(),
    ...appointments.events,
    ...lifecycle.events,
  ].sort((a, b) => a.startMs - b.startMs || (a.id < b.id ? -1 : 1))
  const eventById = new Map(events.map((e) => [e.id, e]))
  const bookings = [...classBookings, ...appointments.bookings, ...lifecycle.bookings, ...courseBookings]
  const attendance = seedAttendance(random, now, bookings, (booking) => {
    const eventId = booking.bookedEntity.slot?.eventId
    if (eventId) {
      const event = eventById.get(eventId)
      return event ? [event] : []
    }
    return courseSessions.get(booking.bookedEntity.schedule?.scheduleId ?? '') ?? []
  })
  partlyArrived(lifecycleCtx, attendance, bookings, partlyArrivedIds)

  return {
    businessName: options.businessName,
    timeZone,
    locations,
    staff,
    services,
    events,
    bookings,
    attendance,
  }
}
