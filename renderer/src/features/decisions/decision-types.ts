/**
 * What the desk decides about a booking: confirm or decline a request (a pending or a waitlist booking), or
 * cancel a booking (issue 21) — each told to the customer, so each asks first.
 */
export type DecisionKind = 'confirm' | 'decline' | 'cancel'

/** The booking a decision is about, as the dialog names it. */
export interface DecisionBooking {
  id: string
  /** "Dana Lee" (RosterEntry.name) */
  name: string
  /**
   * Which session it is for, so the desk confirms the right one:
   * "Aerial Yoga Intro · Wednesday, March 11, 5:00 – 6:00 PM".
   */
  sessionLine: string
  /** That session's id, when the store has it: the dialog shows its capacity (live) under the line. */
  eventId: string | null
  /** A cancel of one part of a multi-service visit, which cancels the whole visit (visit-scope.ts). */
  wholeVisit?: boolean
}

/** A decision the desk has started (the dialog is open on it). */
export interface Decision {
  kind: DecisionKind
  booking: DecisionBooking
}
