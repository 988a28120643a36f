import type { BookingStatus, WixBookingStatus } from '../wix/booking-enums'

/**
 * What the desk asks of a booking's status, and whether that still makes sense against the server's truth.
 * Mirrors Wix's rules (electron/main/wix/README.md, "Writing bookings"): confirm and decline accept PENDING,
 * CREATED and WAITING_LIST (that is how a waitlist is managed); cancel accepts anything not already CANCELED
 * or DECLINED. A status Wix added that Rollcall does not know is in none of these lists: the desk never
 * overrides what it cannot read.
 */
export type StatusIntentKind = 'confirm' | 'decline' | 'cancel'

export const CONFIRMABLE: ReadonlySet<WixBookingStatus> = new Set<BookingStatus>([
  'PENDING',
  'CREATED',
  'WAITING_LIST',
])
export const CANCELABLE: ReadonlySet<WixBookingStatus> = new Set<BookingStatus>([
  'CREATED',
  'CONFIRMED',
  'PENDING',
  'WAITING_LIST',
])

/** The status a booking has once the intent has been applied. */
export const STATUS_AFTER: Readonly<Record<StatusIntentKind, BookingStatus>> = {
  confirm: 'CONFIRMED',
  decline: 'DECLINED',
  cancel: 'CANCELED',
}

export type IntentVerdict =
  /** The server already shows what the desk wanted: nothing to send. */
  | { kind: 'already' }
  /** Still valid: send it, on the server's current revision. */
  | { kind: 'send' }
  /** No longer makes sense (someone else changed the booking): a conflict for a person to see. */
  | { kind: 'refuse'; serverStatus: WixBookingStatus }

export function verdictFor(intent: StatusIntentKind, serverStatus: WixBookingStatus): IntentVerdict {
  if (serverStatus === STATUS_AFTER[intent]) return { kind: 'already' }
  // Canceling a booking that was declined meanwhile: the person is not coming either way.
  if (intent === 'cancel' && serverStatus === 'DECLINED') return { kind: 'already' }
  const allowed = intent === 'cancel' ? CANCELABLE : CONFIRMABLE
  return allowed.has(serverStatus) ? { kind: 'send' } : { kind: 'refuse', serverStatus }
}
