import type { Attendance } from '@shared/wix/attendance'
import type { Booking } from '@shared/wix/booking'
import type { DemoCatalog } from './booking-factory'
import type { DemoData, DemoEvent, DemoLocation, DemoService, DemoStaff } from './model'

/**
 * The demo site's in-memory state with the indexes the API needs (bookings per session, per course
 * schedule; attendance per booking+session), so nothing is quadratic at 20,000 bookings.
 * Stored objects are treated as immutable: a change replaces the object, never edits it in place.
 */
export class DemoStore implements DemoCatalog {
  readonly businessName: string
  readonly timeZone: string
  readonly services = new Map<string, DemoService>()
  readonly staff = new Map<string, DemoStaff>()
  readonly locations = new Map<string, DemoLocation>()
  readonly events = new Map<string, DemoEvent>()
  readonly bookings = new Map<string, Booking>()
  readonly attendance = new Map<string, Attendance>()
  private readonly attendanceIdByKey = new Map<string, string>()
  private readonly bookingIdsByEvent = new Map<string, Set<string>>()
  private readonly bookingIdsBySchedule = new Map<string, Set<string>>()
  private readonly eventIdsBySchedule = new Map<string, string[]>()
  private readonly bookingIdsByVisit = new Map<string, Set<string>>()

  constructor(data: DemoData) {
    this.businessName = data.businessName
    this.timeZone = data.timeZone
    for (const service of data.services) this.services.set(service.id, service)
    for (const member of data.staff) this.staff.set(member.id, member)
    for (const location of data.locations) this.locations.set(location.id, location)
    for (const event of data.events) this.putEvent(event)
    for (const booking of data.bookings) this.putBooking(booking)
    for (const record of data.attendance) this.putAttendance(record)
  }

  putEvent(event: DemoEvent): void {
    const isNew = !this.events.has(event.id)
    this.events.set(event.id, event)
    if (isNew) {
      const ids = this.eventIdsBySchedule.get(event.scheduleId) ?? []
      ids.push(event.id)
      this.eventIdsBySchedule.set(event.scheduleId, ids)
    }
  }

  putBooking(booking: Booking): void {
    const previousEventId = this.bookings.get(booking.id)?.bookedEntity.slot?.eventId
    this.bookings.set(booking.id, booking)
    const eventId = booking.bookedEntity.slot?.eventId
    // A reschedule or a series edit moves the booking to another event: it leaves the old one's index.
    if (previousEventId && previousEventId !== eventId)
      this.bookingIdsByEvent.get(previousEventId)?.delete(booking.id)
    if (eventId) addToIndex(this.bookingIdsByEvent, eventId, booking.id)
    const scheduleId = booking.bookedEntity.schedule?.scheduleId
    if (scheduleId) addToIndex(this.bookingIdsBySchedule, scheduleId, booking.id)
    const visitId = booking.multiServiceBookingInfo?.id
    if (visitId) addToIndex(this.bookingIdsByVisit, visitId, booking.id)
  }

  putAttendance(record: Attendance): void {
    const previous = this.attendance.get(record.id)
    if (previous) this.attendanceIdByKey.delete(attendanceKey(previous.bookingId, previous.eventId ?? ''))
    const key = attendanceKey(record.bookingId, record.eventId ?? '')
    this.attendance.set(record.id, record)
    this.attendanceIdByKey.set(key, record.id)
  }

  removeAttendance(id: string): void {
    const record = this.attendance.get(id)
    if (!record) return
    this.attendance.delete(id)
    this.attendanceIdByKey.delete(attendanceKey(record.bookingId, record.eventId ?? ''))
  }

  /** Removes a session from the calendar altogether (a series edit gives it a new id). */
  removeEvent(id: string): void {
    const event = this.events.get(id)
    if (!event) return
    this.events.delete(id)
    const ids = this.eventIdsBySchedule.get(event.scheduleId)
    if (ids)
      this.eventIdsBySchedule.set(
        event.scheduleId,
        ids.filter((other) => other !== id),
      )
    this.bookingIdsByEvent.delete(id)
  }

  /** The bookings of one multi-service booking (a visit), in start order. */
  bookingsOfVisit(visitId: string): Booking[] {
    return [...(this.bookingIdsByVisit.get(visitId) ?? [])]
      .map((id) => this.bookings.get(id))
      .filter((b): b is Booking => b !== undefined)
      .sort((a, b) => Date.parse(a.startDate) - Date.parse(b.startDate) || (a.id < b.id ? -1 : 1))
  }

  /** All attendance records of a booking (one per session it covers). */
  attendanceOfBooking(bookingId: string): Attendance[] {
    return [...this.attendance.values()].filter((a) => a.bookingId === bookingId)
  }

  attendanceOf(bookingId: string, eventId: string): Attendance | undefined {
    const id = this.attendanceIdByKey.get(attendanceKey(bookingId, eventId))
    return id === undefined ? undefined : this.attendance.get(id)
  }

  /** All sessions of a schedule (a course's sessions), in start order. */
  sessionsOfSchedule(scheduleId: string): DemoEvent[] {
    const ids = this.eventIdsBySchedule.get(scheduleId) ?? []
    return ids
      .map((id) => this.events.get(id))
      .filter((e): e is DemoEvent => e !== undefined)
      .sort((a, b) => a.startMs - b.startMs)
  }

  /** Bookings that take part in a session: its slot bookings, or the course's schedule bookings. */
  bookingsOfEvent(event: DemoEvent): Booking[] {
    const ids =
      event.kind === 'COURSE'
        ? this.bookingIdsBySchedule.get(event.scheduleId)
        : this.bookingIdsByEvent.get(event.id)
    return [...(ids ?? [])].map((id) => this.bookings.get(id)).filter((b): b is Booking => b !== undefined)
  }

  /** The sessions a booking covers: its slot's event, or every session of its course. */
  eventsOfBooking(booking: Booking): DemoEvent[] {
    const eventId = booking.bookedEntity.slot?.eventId
    if (eventId) {
      const event = this.events.get(eventId)
      return event ? [event] : []
    }
    const scheduleId = booking.bookedEntity.schedule?.scheduleId
    return scheduleId ? this.sessionsOfSchedule(scheduleId) : []
  }

  /** A deep copy of everything, for assertions and the control surface. */
  snapshot(): DemoData {
    return structuredClone({
      businessName: this.businessName,
      timeZone: this.timeZone,
      locations: [...this.locations.values()],
      staff: [...this.staff.values()],
      services: [...this.services.values()],
      events: [...this.events.values()],
      bookings: [...this.bookings.values()],
      attendance: [...this.attendance.values()],
    })
  }
}

function attendanceKey(bookingId: string, eventId: string): string {
  return `${bookingId}|${eventId}`
}

function addToIndex(index: Map<string, Set<string>>, key: string, id: string): void {
  let ids = index.get(key)
  if (!ids) {
    ids = new Set()
    index.set(key, ids)
  }
  ids.add(id)
}
