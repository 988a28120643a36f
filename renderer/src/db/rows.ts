import type { BusinessDay } from '@shared/domain/business-day'
import type { AttendanceStatus } from '@shared/wix/attendance'
import type { PaymentStatus, WixBookingStatus } from '@shared/wix/booking-enums'
import type { CalendarEvent } from '@shared/wix/event'
import type { ExtendedBooking } from '@shared/wix/extended-booking'
import type { OutboxIntent } from '../sync/intents'

/**
 * Row shapes of the local store (schema version 2). The server's own objects (as validated by shared/wix)
 * are kept whole in `server`; the other fields are derived from them — and, for bookings and attendance,
 * from the intents still waiting in the outbox — and indexed for the screens.
 */
export interface EventRow {
  id: string
  /** The business day the session starts on (its local date: sessions are in the business's zone). */
  day: BusinessDay
  startUtc: string
  endUtc: string
  scheduleId: string
  /** CLASS, APPOINTMENT or COURSE. */
  kind: string
  server: CalendarEvent
}

export interface ContactFields {
  firstName: string
  lastName: string
  email: string | null
  phone: string | null
}

export interface BookingRow {
  /** The Wix booking id, or `local:<uuid>` for a walk-in Wix has not created yet. */
  id: string
  /** The session of a class or appointment booking; null for a course booking (see scheduleId). */
  eventId: string | null
  scheduleId: string | null
  day: BusinessDay
  startUtc: string
  createdDate: string
  /**
   * What the desk sees: the server's status with the pending intents applied on top. A status Wix added that
   * Rollcall does not know is kept as sent: the desk shows it, counts it nowhere and offers nothing on it.
   */
  status: WixBookingStatus
  /** The status in the server's last answer; null while a walk-in exists only here. */
  serverStatus: WixBookingStatus | null
  /** The server's revision ('0' for a walk-in not yet created). Never replaced by an older one. */
  revision: string
  updatedDate: string
  externalUserId: string | null
  contact: ContactFields
  participants: number
  paymentStatus: PaymentStatus | null
  /** Lower-case name parts, e-mail and phone digits, for prefix search (multi-entry index). */
  searchTokens: string[]
  /** Intents in the outbox not yet applied on the server. */
  pendingIntents: number
  server: ExtendedBooking | null
}

export interface AttendanceRow {
  bookingId: string
  eventId: string
  /** What the desk sees: the server's state with pending check-ins applied. */
  status: AttendanceStatus
  numberOfAttendees: number
  serverStatus: AttendanceStatus
  serverNumberOfAttendees: number
  pending: boolean
}

/**
 * `queued` waits to be sent; `sending` is in flight (found at start-up, it means a crash mid-send);
 * `done` reached Wix (or was already true there, or was superseded by a later change of the same thing);
 * `conflict` was refused for a business reason and `failed` cannot be sent at all — both wait under
 * "Needs attention" until a person retries or discards them; `discarded` was dropped by a person.
 */
export type OutboxState = 'queued' | 'sending' | 'done' | 'conflict' | 'failed' | 'discarded'

/**
 * `cancelAnyway`: a cancel refused by the cancellation policy, sent again over it (offered only while the key
 * is not known to lack BOOKINGS.IGNORE_BOOKING_POLICY, features/attention/attention-items.ts).
 */
export type AttentionChoice = 'retry' | 'retryWithOverride' | 'cancelAnyway' | 'discard' | 'openBooking'

export interface Attention {
  reason: string
  code: string
  choices: AttentionChoice[]
  at: string
}

export type OutboxRow = OutboxIntent & {
  /** Monotonic sequence number: replay order. */
  seq?: number
  /** Client mutation id (UUID). */
  mutationId: string
  /** The booking the intent is about: FIFO order holds per booking. */
  bookingId: string
  /** The booking's server revision when the action was taken. */
  baseRevision: string | null
  staff: string
  state: OutboxState
  attempts: number
  lastError: string | null
  nextAttemptAt: number
  /**
   * Held back until this time (ms) so the desk can still undo it: not sent before, not even by "Sync now".
   * Set on changes Wix cannot take back (confirm, decline, cancel, walk-in). Absent: not held.
   */
  holdUntil?: number
  /** A send whose outcome is unknown (timeout, dropped connection, crash): look up before sending again. */
  uncertain: boolean
  attention: Attention | null
  createdAt: string
  finishedAt: string | null
}

export interface SyncStateRow {
  key: string
  value: unknown
}

/** `undone`: taken back with Undo before it was sent; `discarded`: dropped by a person after Wix refused it. */
export type ActivityOutcome = 'recorded' | 'synced' | 'conflict' | 'failed' | 'discarded' | 'undone'

export interface ActivityRow {
  id?: number
  at: string
  staff: string
  mutationId: string | null
  /**
   * The booking the line is about (the person's card opens on it); absent on lines written before it was
   * kept (and on a walk-in's, once Wix has given the booking its own id). Not indexed: no upgrade needed.
   */
  bookingId?: string
  summary: string
  outcome: ActivityOutcome
  /** Why it ended as it did, for conflicts and failures. */
  detail?: string | null
}
