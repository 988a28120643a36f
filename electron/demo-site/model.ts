import type { Attendance } from '@shared/wix/attendance'
import type { Booking } from '@shared/wix/booking'
import type { LocationType } from '@shared/wix/booking-enums'

/**
 * What the simulated business is made of. Bookings and attendance are kept in their Wix REST shape;
 * services, staff, locations and sessions are the simulator's own records, rendered to Wix JSON on the way
 * out (see event-view.ts).
 */

export interface DemoLocation {
  id: string
  name: string
  formattedAddress: string
  /** As on a booking's slot. */
  locationType: LocationType
  /** As on a Calendar V3 event. */
  eventLocationType: 'BUSINESS' | 'CUSTOM'
}

export interface DemoStaff {
  /** Resource id. */
  id: string
  name: string
  email: string
  scheduleId: string
}

export type DemoServiceKind = 'CLASS' | 'APPOINTMENT' | 'COURSE'

export interface DemoService {
  id: string
  /** The service's schedule: all its sessions carry it (a course has one schedule per service). */
  scheduleId: string
  name: string
  kind: DemoServiceKind
  capacity: number
  durationMinutes: number
  /** Wix `onlineBooking.requireManualApproval`: new bookings arrive PENDING. */
  requireManualApproval: boolean
  /**
   * The booking policy: a booking can't be canceled later than this many hours before it starts, unless the
   * caller sets `flowControlSettings.ignoreCancellationPolicy`.
   */
  cancellationWindowHours: number
  /** How much demand the seed gives it (1 = average). */
  popularity: number
  /** Services V2 `payment`: how it is priced and the ways a customer may pay for it. */
  payment: DemoServicePayment
  /** `onlineBooking.allowMultipleRequests` (with manual approval: several requests for one slot). */
  allowMultipleRequests: boolean
  /** `bookingPolicy.limitLateBookingPolicy`: no booking later than this many minutes before the start; null: no limit. */
  latestBookingMinutes: number | null
  /** `bookingPolicy.bookAfterStartPolicy.enabled`: a session may be booked once it has started. */
  bookAfterStart: boolean
  /** `bookingPolicy.participantsPolicy.maxParticipantsPerBooking`. */
  maxParticipantsPerBooking: number
  /** Its Service Options and Variants (one CUSTOM option, a price per choice); undefined: none. */
  variants?: DemoServiceVariants
}

/** Services V2 `payment`, in the demo's own terms (rendered by service-view.ts). */
export interface DemoServicePayment {
  rateType: 'FIXED' | 'VARIED' | 'NO_FEE'
  /** Decimal string in USD: the fixed price, or the default price of a VARIED service; null for NO_FEE. */
  price: string | null
  online: boolean
  inPerson: boolean
  deposit: boolean
  pricingPlan: boolean
}

/** A service's one CUSTOM option ("Ticket") and a variant, with its price, per choice ("Drop-in", "Student"). */
export interface DemoServiceVariants {
  /** The `serviceOptionsAndVariants` object's id. */
  id: string
  optionId: string
  optionName: string
  choices: ReadonlyArray<{ name: string; price: string }>
}

export type DemoEventStatus = 'CONFIRMED' | 'CANCELLED'

/** A session on the calendar (a Calendar V3 event). */
export interface DemoEvent {
  id: string
  serviceId: string
  scheduleId: string
  kind: DemoServiceKind
  title: string
  startMs: number
  endMs: number
  timeZone: string
  staffId: string
  locationId: string
  totalCapacity: number
  status: DemoEventStatus
  recurrenceType: 'NONE' | 'INSTANCE'
  recurringEventId?: string
  revision: number
  createdDate: string
  updatedDate: string
}

/** Everything the site holds; what the seed produces and what a state dump returns. */
export interface DemoData {
  businessName: string
  timeZone: string
  locations: DemoLocation[]
  staff: DemoStaff[]
  services: DemoService[]
  events: DemoEvent[]
  bookings: Booking[]
  attendance: Attendance[]
}
