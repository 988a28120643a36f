import type { AttendanceChange } from '@shared/ipc/attendance'
import type { WalkInInput } from '@shared/ipc/bookings'

/** The optional note to the customer that goes with a confirm or decline. */
export interface CustomerMessage {
  notify: boolean
  message?: string
}

/**
 * A status change of a whole multi-service booking (a visit): sent through the multi-service endpoints with
 * every part's revision, queued under the booking the desk acted on.
 */
export interface VisitScope {
  visitId: string
  bookingIds: string[]
}

/**
 * What an outbox entry asks Wix to do. Attendance is an absolute state (an upsert), so only the latest per
 * (booking, session) needs to go out; the status intents need the booking's current revision at send time.
 */
export type OutboxIntent =
  | {
      intent: 'setAttendance'
      args: AttendanceChange
    }
  | {
      intent: 'confirm'
      args: {
        bookingId: string
        message?: CustomerMessage
        /** A waitlist promotion: refuse (NO_OPEN_SPOTS) rather than overfill, unless overridden. */
        fromWaitlist: boolean
        overrideCapacity: boolean
        visit?: VisitScope
      }
    }
  | { intent: 'decline'; args: { bookingId: string; message?: CustomerMessage; visit?: VisitScope } }
  | {
      intent: 'cancel'
      args: {
        bookingId: string
        message?: CustomerMessage
        visit?: VisitScope
        /**
         * Over the business's cancellation policy (`ignoreCancellationPolicy`, which needs the key's
         * BOOKINGS.IGNORE_BOOKING_POLICY): the desk's "Cancel anyway". Absent: the policy applies.
         */
        anyway?: boolean
      }
    }
  | {
      intent: 'reschedule'
      /** A class booking moved from one session of its service to another (`toEventId`). */
      args: {
        bookingId: string
        fromEventId: string
        toEventId: string
        serviceId: string
        scheduleId: string
        message?: CustomerMessage
      }
    }
  | {
      intent: 'createWalkIn'
      /** `localId` is the row the desk sees until Wix answers with the real booking. */
      args: WalkInInput & { localId: string }
    }

export type IntentName = OutboxIntent['intent']
export type StatusIntent = Extract<OutboxIntent, { intent: 'confirm' | 'decline' | 'cancel' }>

export const LOCAL_ID_PREFIX = 'local:'

export function isLocalBookingId(id: string): boolean {
  return id.startsWith(LOCAL_ID_PREFIX)
}

export function isStatusIntent(entry: OutboxIntent): entry is StatusIntent {
  return entry.intent === 'confirm' || entry.intent === 'decline' || entry.intent === 'cancel'
}
