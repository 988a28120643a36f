import type { Attendance } from '@shared/wix/attendance'
import type { Booking } from '@shared/wix/booking'
import type { BookingStatus, PaymentStatus, SelectedPaymentOption } from '@shared/wix/booking-enums'
import { bookingParticipantCount } from '@shared/wix/booking-participants'
import { addLocalDays, localToUtcMs, zonedParts, type LocalDateTime } from '@shared/domain/wall-clock'
import { buildBooking, requestEntityFor, slotEntityFor, type DemoCatalog } from '../booking-factory'
import type { DemoEvent, DemoService, DemoStaff } from '../model'
import type { SeededRandom } from '../seeded-random'
import { contactDetailsOf, type DemoCustomer } from './customers'
import { seedDayOffsets } from './plan'

/**
 * The booking lifecycle a real site has on an ordinary day (issue 19), laid on the seed's days so a new user
 * meets every case today: appointment requests awaiting the business (no calendar event yet, §8 C4),
 * multi-service visits ("Sports Massage then Facial", SEQUENTIAL_BOOKINGS) some awaiting approval, double-booked
 * requests and bookings, checkouts not finished (CREATED), bookings already rescheduled, parties of 4–5 and
 * parties partly arrived, and every Wix payment status. Drawn from a stream of its own (see generate.ts).
 */
const HOUR = 3_600_000
const DAY = 24 * HOUR
const FIRST_HOUR = 9
const LAST_END_HOUR = 19

export interface LifecycleContext {
  random: SeededRandom
  now: number
  timeZone: string
  /** Local midnight of today. */
  today: LocalDateTime
  catalog: DemoCatalog
  customers: readonly DemoCustomer[]
  staff: readonly DemoStaff[]
}

/** Which of the seed's days carry the lifecycle cases: all of them, or around today for a small site. */
export function lifecycleDays(totalBookings: number): number[] {
  if (totalBookings >= 250) return seedDayOffsets()
  if (totalBookings >= 40) return [-1, 0, 1]
  return []
}

export interface AppointmentServices {
  massage: DemoService
  facial: DemoService
  physio: DemoService
  training: DemoService
}

interface Placement {
  status: BookingStatus
  payment: { selectedPaymentOption: SelectedPaymentOption; paymentStatus: PaymentStatus }
  customer: DemoCustomer
  visitId?: string
  doubleBooked?: boolean
}

class StaffDiary {
  private readonly busy = new Map<string, Array<readonly [number, number]>>()

  constructor(events: readonly DemoEvent[]) {
    for (const event of events)
      if (event.kind === 'APPOINTMENT' && event.status !== 'CANCELLED')
        this.mark(event.staffId, event.startMs, event.endMs)
  }

  mark(staffId: string, startMs: number, endMs: number): void {
    const list = this.busy.get(staffId) ?? []
    list.push([startMs, endMs])
    this.busy.set(staffId, list)
  }

  isFree(staffId: string, startMs: number, endMs: number): boolean {
    return (this.busy.get(staffId) ?? []).every(([s, e]) => e <= startMs || s >= endMs)
  }
}

export function seedAppointmentLifecycle(
  ctx: LifecycleContext,
  services: AppointmentServices,
  existingEvents: readonly DemoEvent[],
  days: readonly number[],
): { events: DemoEvent[]; bookings: Booking[] } {
  const { random, now, timeZone } = ctx
  const diary = new StaffDiary(existingEvents)
  const events: DemoEvent[] = []
  const bookings: Booking[] = []
  const nowHour = zonedParts(now, timeZone).hour

  /** A staff member free for `durationMs` from a whole hour at or after `fromHour` that day. */
  const findSlot = (dayOffset: number, fromHour: number, durationMs: number) => {
    const date = addLocalDays(ctx.today, dayOffset)
    const dayEnd = localToUtcMs({ ...date, hour: LAST_END_HOUR, minute: 0, second: 0 }, timeZone)
    const first = random.int(0, ctx.staff.length - 1)
    for (let hour = Math.max(FIRST_HOUR, fromHour); hour < LAST_END_HOUR; hour++) {
      const startMs = localToUtcMs({ ...date, hour, minute: 0, second: 0 }, timeZone)
      if (startMs + durationMs > dayEnd) break
      for (let k = 0; k < ctx.staff.length; k++) {
        const member = ctx.staff[(first + k) % ctx.staff.length]
        if (member && diary.isFree(member.id, startMs, startMs + durationMs)) return { member, startMs }
      }
    }
    return undefined
  }

  const place = (service: DemoService, member: DemoStaff, startMs: number, p: Placement): void => {
    const location = [...ctx.catalog.locations.values()][0]
    const endMs = startMs + service.durationMinutes * 60_000
    const onCalendar = p.status === 'CONFIRMED'
    const createdMs =
      Math.min(now - HOUR, startMs - 2 * HOUR) - random.int(1, 10) * DAY - random.int(0, 59) * 60_000
    // Confirmed by the business after the request (a service needing approval): one change after creation.
    const changes =
      (onCalendar && service.requireManualApproval ? 1 : 0) + (p.doubleBooked && onCalendar ? 1 : 0)
    const updatedMs =
      changes === 0
        ? createdMs
        : createdMs + Math.floor(random.next() * (Math.min(now, startMs) - 60_000 - createdMs))
    const event: DemoEvent = {
      id: random.uuid(),
      serviceId: service.id,
      scheduleId: service.scheduleId,
      kind: 'APPOINTMENT',
      title: service.name,
      startMs,
      endMs,
      timeZone,
      staffId: member.id,
      locationId: location?.id ?? '',
      totalCapacity: 1,
      status: 'CONFIRMED',
      recurrenceType: 'NONE',
      revision: 1,
      createdDate: new Date(updatedMs).toISOString(),
      updatedDate: new Date(updatedMs).toISOString(),
    }
    if (onCalendar) events.push(event)
    diary.mark(member.id, startMs, endMs)
    const booking = buildBooking({
      id: random.uuid(),
      bookedEntity: onCalendar ? slotEntityFor(event, ctx.catalog) : requestEntityFor(event, ctx.catalog),
      startMs,
      endMs,
      status: p.status,
      totalParticipants: 1,
      contactDetails: contactDetailsOf(p.customer),
      ...p.payment,
      createdMs,
      updatedMs,
      revision: 1 + changes,
    })
    if (p.visitId) booking.multiServiceBookingInfo = { id: p.visitId, type: 'SEQUENTIAL_BOOKINGS' }
    if (p.doubleBooked) booking.doubleBooked = true
    bookings.push(booking)
  }

  const payment = (future: boolean): Placement['payment'] =>
    random.weighted<Placement['payment']>([
      [{ selectedPaymentOption: 'ONLINE', paymentStatus: 'PAID' }, 45],
      [{ selectedPaymentOption: 'OFFLINE', paymentStatus: future ? 'NOT_PAID' : 'PAID' }, 35],
      [{ selectedPaymentOption: 'ONLINE', paymentStatus: 'PARTIALLY_PAID' }, 20],
    ])

  const visit = (dayOffset: number, status: 'PENDING' | 'CONFIRMED', fromHour: number): void => {
    const parts =
      dayOffset % 3 === 0
        ? [services.massage, services.facial, services.physio]
        : [services.massage, services.facial]
    const total = parts.reduce((ms, s) => ms + s.durationMinutes * 60_000, 0)
    const slot = findSlot(dayOffset, fromHour, total)
    if (!slot) return
    const customer = random.pick(ctx.customers)
    const visitId = random.uuid()
    const pay = random.chance(0.7)
      ? ({ selectedPaymentOption: 'ONLINE', paymentStatus: 'PAID' } as const)
      : ({ selectedPaymentOption: 'ONLINE', paymentStatus: 'PARTIALLY_PAID' } as const)
    let startMs = slot.startMs
    for (const service of parts) {
      place(service, slot.member, startMs, { status, payment: { ...pay }, customer, visitId })
      startMs += service.durationMinutes * 60_000
    }
  }

  for (const dayOffset of days) {
    const futureFrom = dayOffset === 0 ? nowHour + 1 : FIRST_HOUR
    const future = dayOffset >= 0
    // Visits: awaiting approval on even days to come, confirmed otherwise; today has one of each.
    if (dayOffset === 0) {
      visit(0, 'PENDING', futureFrom)
      visit(0, 'CONFIRMED', FIRST_HOUR)
    } else if (dayOffset > 0 || dayOffset % 2 === 0) {
      // Every coming day; every other day before (the past needs fewer examples than the days to come).
      visit(dayOffset, dayOffset > 0 && dayOffset % 2 === 0 ? 'PENDING' : 'CONFIRMED', FIRST_HOUR)
    }
    if (future) {
      // A request awaiting the business: no calendar event until confirmed.
      const request = findSlot(dayOffset, futureFrom, services.massage.durationMinutes * 60_000)
      if (request)
        place(services.massage, request.member, request.startMs, {
          status: 'PENDING',
          payment: payment(true),
          customer: random.pick(ctx.customers),
        })
      // A request over a confirmed appointment of the same staff member: double-booked.
      const held = findSlot(dayOffset, futureFrom, services.training.durationMinutes * 60_000)
      if (held) {
        place(services.training, held.member, held.startMs, {
          status: 'CONFIRMED',
          payment: payment(true),
          customer: random.pick(ctx.customers),
        })
        place(services.massage, held.member, held.startMs, {
          status: 'PENDING',
          payment: payment(true),
          customer: random.pick(ctx.customers),
          doubleBooked: true,
        })
      }
    }
    if (dayOffset <= 0 && dayOffset % 2 === 0) {
      // Two confirmed appointments of one staff member that overlap: the second was confirmed over the conflict.
      const first = findSlot(dayOffset, FIRST_HOUR, services.physio.durationMinutes * 60_000)
      if (first) {
        place(services.physio, first.member, first.startMs, {
          status: 'CONFIRMED',
          payment: payment(first.startMs > now),
          customer: random.pick(ctx.customers),
        })
        place(services.training, first.member, first.startMs + 30 * 60_000, {
          status: 'CONFIRMED',
          payment: payment(first.startMs > now),
          customer: random.pick(ctx.customers),
          doubleBooked: true,
        })
      }
    }
  }
  return { events, bookings }
}

/**
 * Reshapes some of the seeded class bookings, day by day: checkouts not finished (CREATED: they hold no spot,
 * payment UNDEFINED), bookings rescheduled before (a revision more, updated after created), a part-paid online
 * booking, a refunded cancellation, and a party of 4–5 where the session has room. Only lowers or keeps what
 * a session holds, except the party, which is checked against the capacity.
 */
export function reshapeClassBookings(
  ctx: LifecycleContext,
  bookings: Booking[],
  events: ReadonlyMap<string, DemoEvent>,
  days: readonly number[],
): { partlyArrivedIds: string[] } {
  const { random, now, timeZone } = ctx
  const partlyArrivedIds: string[] = []
  const held = new Map<string, number>()
  for (const b of bookings) {
    const id = b.bookedEntity.slot?.eventId
    if (id && (b.status === 'CONFIRMED' || b.status === 'PENDING'))
      held.set(id, (held.get(id) ?? 0) + bookingParticipantCount(b))
  }
  // Sessions with a waitlist stay full (a freed spot would go to the waitlist first).
  const waitlisted = new Set(
    bookings.filter((b) => b.status === 'WAITING_LIST').map((b) => b.bookedEntity.slot?.eventId ?? ''),
  )
  const touched = new Set<string>()
  const eventOf = (b: Booking) => events.get(b.bookedEntity.slot?.eventId ?? '')
  const serviceOf = (b: Booking) => ctx.catalog.services.get(b.bookedEntity.slot?.serviceId ?? '')
  for (const dayOffset of days) {
    const date = addLocalDays(ctx.today, dayOffset)
    const from = localToUtcMs({ ...date, hour: 0, minute: 0, second: 0 }, timeZone)
    const to = localToUtcMs({ ...addLocalDays(date, 1), hour: 0, minute: 0, second: 0 }, timeZone)
    const indexes = bookings
      .map((b, i) => [b, i] as const)
      .filter(([b]) => {
        const e = eventOf(b)
        return (
          e?.kind === 'CLASS' &&
          e.startMs >= from &&
          e.startMs < to &&
          !waitlisted.has(e.id) &&
          !serviceOf(b)?.requireManualApproval
        )
      })
    const pick = (test: (b: Booking) => boolean): number | undefined => {
      const found = indexes.filter(([b]) => !touched.has(b.id) && test(b))
      if (found.length === 0) return undefined
      const [b, i] = random.pick(found)
      touched.add(b.id)
      return i
    }
    const update = (i: number | undefined, change: (b: Booking) => Booking) => {
      const b = i === undefined ? undefined : bookings[i]
      if (i !== undefined && b) bookings[i] = change(b)
    }
    const startOf = (b: Booking) => Date.parse(b.startDate ?? '')
    // Checkouts not finished: one coming (later today on today), one anywhere that day.
    for (const test of [(b: Booking) => startOf(b) > now, () => true]) {
      update(
        pick((b) => b.status === 'CONFIRMED' && test(b)),
        (b) => {
          const eventId = b.bookedEntity.slot?.eventId ?? ''
          held.set(eventId, (held.get(eventId) ?? 0) - bookingParticipantCount(b))
          return {
            ...b,
            status: 'CREATED',
            paymentStatus: 'UNDEFINED',
            selectedPaymentOption: 'ONLINE',
            revision: '1',
            updatedDate: b.createdDate,
          }
        },
      )
    }
    // Rescheduled before: a revision more, updated between its creation and the start (or now).
    update(
      pick(
        (b) =>
          b.status === 'CONFIRMED' && Math.min(now, startOf(b)) - Date.parse(b.updatedDate ?? '') > 2 * HOUR,
      ),
      (b) => {
        const after = Date.parse(b.updatedDate ?? '')
        const until = Math.min(now, startOf(b)) - HOUR
        return {
          ...b,
          revision: String(Number(b.revision) + 1),
          updatedDate: new Date(
            after + 60_000 + Math.floor(random.next() * (until - after - 60_000)),
          ).toISOString(),
        }
      },
    )
    update(
      pick(
        (b) => b.status === 'CONFIRMED' && b.selectedPaymentOption === 'ONLINE' && b.paymentStatus === 'PAID',
      ),
      (b) => ({ ...b, paymentStatus: 'PARTIALLY_PAID' }),
    )
    update(
      pick((b) => b.status === 'CANCELED' && Date.parse(b.updatedDate ?? '') < now - HOUR),
      (b) => ({
        ...b,
        selectedPaymentOption: 'ONLINE',
        paymentStatus: 'REFUNDED',
        revision: String(Number(b.revision) + 1),
        updatedDate: new Date(Date.parse(b.updatedDate ?? '') + 30 * 60_000).toISOString(),
      }),
    )
    const size = random.int(4, 5)
    update(
      pick((b) => {
        const e = eventOf(b)
        const service = serviceOf(b)
        return (
          b.status === 'CONFIRMED' &&
          b.totalParticipants === 1 &&
          !b.participantsChoices &&
          e !== undefined &&
          service !== undefined &&
          service.maxParticipantsPerBooking >= size &&
          (held.get(e.id) ?? 0) + size - 1 <= e.totalCapacity
        )
      }),
      (b) => {
        const eventId = b.bookedEntity.slot?.eventId ?? ''
        held.set(eventId, (held.get(eventId) ?? 0) + size - 1)
        return { ...b, totalParticipants: size }
      },
    )
    // A party of 3 in a session already started, checked in as 2 arrived (see partlyArrived).
    const party = pick((b) => {
      const e = eventOf(b)
      const service = serviceOf(b)
      return (
        b.status === 'CONFIRMED' &&
        b.totalParticipants === 1 &&
        !b.participantsChoices &&
        e !== undefined &&
        e.startMs <= now &&
        service !== undefined &&
        service.maxParticipantsPerBooking >= 3 &&
        (held.get(e.id) ?? 0) + 2 <= e.totalCapacity
      )
    })
    update(party, (b) => {
      const eventId = b.bookedEntity.slot?.eventId ?? ''
      held.set(eventId, (held.get(eventId) ?? 0) + 2)
      partlyArrivedIds.push(b.id)
      return { ...b, totalParticipants: 3 }
    })
  }
  return { partlyArrivedIds }
}

/**
 * Parties that only partly arrived: some ATTENDED records of a party count fewer people than it booked
 * (2 of 3 arrived), at least one each day that has an arrived party.
 */
export function partlyArrived(
  ctx: Pick<LifecycleContext, 'random' | 'timeZone'>,
  attendance: Attendance[],
  bookings: readonly Booking[],
  partlyArrivedIds: readonly string[],
): void {
  const byId = new Map(bookings.map((b) => [b.id, b]))
  for (const id of partlyArrivedIds) {
    const booking = byId.get(id)
    const eventId = booking?.bookedEntity.slot?.eventId
    if (!booking || !eventId) continue
    const index = attendance.findIndex((a) => a.bookingId === id && a.eventId === eventId)
    const record: Attendance = {
      id: index >= 0 ? (attendance[index]?.id ?? ctx.random.uuid()) : ctx.random.uuid(),
      bookingId: id,
      eventId,
      status: 'ATTENDED',
      numberOfAttendees: bookingParticipantCount(booking) - 1,
    }
    if (index >= 0) attendance[index] = record
    else attendance.push(record)
  }
  const dayOf = (b: Booking) => {
    const p = zonedParts(Date.parse(b.startDate ?? ''), ctx.timeZone)
    return `${p.year}-${p.month}-${p.day}`
  }
  const partial = new Set<string>()
  const candidates = new Map<string, number>()
  attendance.forEach((record, index) => {
    const booking = byId.get(record.bookingId)
    const party = booking ? bookingParticipantCount(booking) : 1
    if (!booking || record.status !== 'ATTENDED' || party < 2) return
    if (!candidates.has(dayOf(booking))) candidates.set(dayOf(booking), index)
    if (ctx.random.chance(0.35)) {
      attendance[index] = { ...record, numberOfAttendees: ctx.random.int(1, party - 1) }
      partial.add(dayOf(booking))
    }
  })
  for (const [day, index] of candidates) {
    const record = attendance[index]
    const booking = record ? byId.get(record.bookingId) : undefined
    if (partial.has(day) || !record || !booking) continue
    attendance[index] = { ...record, numberOfAttendees: bookingParticipantCount(booking) - 1 }
  }
}
