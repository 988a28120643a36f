import type { DemoEvent, DemoLocation, DemoService, DemoStaff } from '../model'
import type { SeededRandom } from '../seeded-random'
import { addLocalDays, localToUtcMs, localWeekday, type LocalDateTime } from '@shared/domain/wall-clock'
import { seedDayOffsets } from './plan'

/** Builds the calendar: the weekly class timetable and the course cohorts' sessions. */
export interface SessionContext {
  random: SeededRandom
  timeZone: string
  /** Local midnight of "today" in the business's zone. */
  today: LocalDateTime
  /** ISO instant stamped as the sessions' createdDate/updatedDate. */
  calendarCreatedIso: string
  locations: readonly DemoLocation[]
  staff: readonly DemoStaff[]
}

const CLASS_SLOT_TIMES: ReadonlyArray<readonly [number, number]> = [
  [6, 30],
  [7, 30],
  [9, 0],
  [10, 30],
  [12, 0],
  [17, 0],
  [18, 0],
  [19, 15],
  [20, 15],
]

function sessionAt(
  ctx: SessionContext,
  service: DemoService,
  local: LocalDateTime,
  staff: DemoStaff,
  location: DemoLocation,
  recurringEventId: string,
): DemoEvent {
  const startMs = localToUtcMs(local, ctx.timeZone)
  return {
    id: ctx.random.uuid(),
    serviceId: service.id,
    scheduleId: service.scheduleId,
    kind: service.kind,
    title: service.name,
    startMs,
    endMs: startMs + service.durationMinutes * 60_000,
    timeZone: ctx.timeZone,
    staffId: staff.id,
    locationId: location.id,
    totalCapacity: service.capacity,
    status: 'CONFIRMED',
    recurrenceType: 'INSTANCE',
    recurringEventId,
    revision: 1,
    createdDate: ctx.calendarCreatedIso,
    updatedDate: ctx.calendarCreatedIso,
  }
}

/**
 * `perDay` classes every day of the window, spread over the timetable's slots and the locations. The last
 * class of each day is the manual-approval class, so there is always a pending queue.
 */
export function buildClassSessions(
  ctx: SessionContext,
  classes: readonly DemoService[],
  perDay: number,
): DemoEvent[] {
  const approvalClass = classes.find((s) => s.requireManualApproval)
  const openClasses = classes.filter((s) => !s.requireManualApproval)
  const weighted = openClasses.map((s) => [s, s.popularity] as const)
  const masters = new Map<string, string>()
  const events: DemoEvent[] = []
  seedDayOffsets().forEach((dayOffset, dayIndex) => {
    const date = addLocalDays(ctx.today, dayOffset)
    for (let i = 0; i < perDay; i++) {
      const [hour, minute] = CLASS_SLOT_TIMES[i % CLASS_SLOT_TIMES.length] ?? [9, 0]
      const room = Math.floor(i / CLASS_SLOT_TIMES.length)
      const location = ctx.locations[room % ctx.locations.length]
      const staff = ctx.staff[(i + dayIndex * 3) % ctx.staff.length]
      const service = i === perDay - 1 && approvalClass ? approvalClass : ctx.random.weighted(weighted)
      if (!location || !staff) continue
      const shift = Math.floor(room / ctx.locations.length) * 5
      const local = { ...date, hour, minute: minute + shift, second: 0 }
      const masterKey = `${service.id}|${localWeekday(date)}|${i}`
      let master = masters.get(masterKey)
      if (!master) {
        master = ctx.random.uuid()
        masters.set(masterKey, master)
      }
      events.push(sessionAt(ctx, service, local, staff, location, master))
    }
  })
  return events
}

const COHORT_PATTERNS: ReadonlyArray<{ weekdays: readonly [number, number]; hour: number; minute: number }> =
  [
    { weekdays: [2, 4], hour: 18, minute: 30 },
    { weekdays: [1, 3], hour: 7, minute: 0 },
    { weekdays: [3, 5], hour: 12, minute: 15 },
    { weekdays: [1, 4], hour: 19, minute: 45 },
  ]

export const COURSE_SESSION_COUNT = 12

/** Twice a week for six weeks; cohorts start a week apart so the window holds first, middle and last weeks. */
export function buildCourseSessions(
  ctx: SessionContext,
  course: DemoService,
  cohortIndex: number,
): DemoEvent[] {
  const pattern = COHORT_PATTERNS[cohortIndex % COHORT_PATTERNS.length] ?? {
    weekdays: [2, 4],
    hour: 18,
    minute: 30,
  }
  const staff = ctx.staff[(cohortIndex * 2 + 1) % ctx.staff.length]
  const location = ctx.locations[cohortIndex % ctx.locations.length]
  if (!staff || !location) return []
  const master = ctx.random.uuid()
  const events: DemoEvent[] = []
  let date = addLocalDays(ctx.today, -17 + (cohortIndex % 3) * 7)
  while (events.length < COURSE_SESSION_COUNT) {
    if (pattern.weekdays.includes(localWeekday(date))) {
      const local = { ...date, hour: pattern.hour, minute: pattern.minute, second: 0 }
      events.push(sessionAt(ctx, course, local, staff, location, master))
    }
    date = addLocalDays(date, 1)
  }
  return events
}
