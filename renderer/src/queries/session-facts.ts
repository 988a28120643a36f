import type { BusinessDay } from '@shared/domain/business-day'
import { bookingStatuses, type BookingStatus, type WixBookingStatus } from '@shared/wix/booking-enums'
import { isKnownValue } from '@shared/wix/open-enum'
import { staffName } from '@shared/wix/staff-resource'
import type { EventRow } from '../db/rows'
import { keptPerKey } from '@shared/domain/kept-per-key'

/** What the screens say about a session, read from the server's calendar event. */
export interface SessionFacts {
  id: string
  day: BusinessDay
  scheduleId: string
  /** The service the session belongs to (Calendar V3 `externalScheduleId`), when Wix says. */
  serviceId: string | null
  title: string
  /** CLASS, APPOINTMENT or COURSE. */
  kind: string
  startUtc: string
  endUtc: string
  /** "9:00 AM" in the business's time zone. */
  startLabel: string
  /** "9:00 – 10:00 AM" */
  timeLabel: string
  staff: string | null
  location: string | null
  capacity: number | null
  canceled: boolean
}

const formatsFor = keptPerKey((timeZone: string) => ({
  time: new Intl.DateTimeFormat(undefined, { timeZone, hour: 'numeric', minute: '2-digit' }),
}))

/** "9:00 AM", in the business's time zone. */
export function timeOfDay(isoInstant: string, timeZone: string): string {
  return formatsFor(timeZone).time.format(new Date(isoInstant))
}

const KIND_NAMES: Record<string, string> = { CLASS: 'Class', APPOINTMENT: 'Appointment', COURSE: 'Course' }

export function kindName(kind: string): string {
  return KIND_NAMES[kind] ?? kind.charAt(0) + kind.slice(1).toLowerCase()
}

/** What the desk calls a session: its title, else its schedule's name, else its kind. */
export function sessionTitle(event: EventRow): string {
  const server = event.server
  return server.title?.trim() || server.scheduleName?.trim() || kindName(event.kind)
}

export function sessionFacts(event: EventRow, timeZone: string): SessionFacts {
  const server = event.server
  const staff = staffName(server.resources)
  const start = timeOfDay(event.startUtc, timeZone)
  const end = timeOfDay(event.endUtc, timeZone)
  return {
    id: event.id,
    day: event.day,
    scheduleId: event.scheduleId,
    serviceId: server.externalScheduleId ?? null,
    title: sessionTitle(event),
    kind: event.kind,
    startUtc: event.startUtc,
    endUtc: event.endUtc,
    startLabel: start,
    timeLabel: `${start} – ${end}`,
    staff,
    location: server.location?.name ?? null,
    capacity: server.totalCapacity ?? null,
    canceled: server.status === 'CANCELLED',
  }
}

const STATUS_NAMES: Record<BookingStatus, string> = {
  CREATED: 'Not finished',
  CONFIRMED: 'Booked',
  CANCELED: 'Canceled',
  PENDING: 'Pending',
  DECLINED: 'Declined',
  WAITING_LIST: 'Waitlist',
}

/** The desk's word for a status; one Wix added since is shown as Wix names it ("Awaiting payment"). */
export function bookingStatusName(status: WixBookingStatus): string {
  if (isKnownValue(bookingStatuses, status)) return STATUS_NAMES[status]
  const words = status.replaceAll('_', ' ').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}
