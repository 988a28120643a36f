import { describe, expect, it } from 'vitest'
import {
  BOOKING_MOVED,
  cancelAnywayUnavailableWords,
  MISSING_PERMISSION,
  movedElsewhereReason,
  refusalClassOf,
  rejectionReason,
  statusConflictReason,
  type ReasonFacts,
} from '@shared/domain/conflict-reasons'

const dana = (facts: Partial<ReasonFacts> = {}): ReasonFacts => ({
  person: 'Dana Lee',
  action: 'confirm',
  session: 'Vinyasa Flow',
  serverStatus: null,
  changedAt: null,
  ...facts,
})

describe('statusConflictReason: the booking moved on before the desk’s change arrived', () => {
  it('says the customer canceled, and when', () => {
    expect(statusConflictReason(dana({ serverStatus: 'CANCELED', changedAt: '10:42 AM' }))).toBe(
      'Dana Lee canceled at 10:42 AM before your confirm arrived',
    )
  })

  it('leaves the time out when it is not known', () => {
    expect(statusConflictReason(dana({ action: 'decline', serverStatus: 'CANCELED' }))).toBe(
      'Dana Lee canceled before your decline arrived',
    )
  })

  it('says someone else declined it', () => {
    expect(statusConflictReason(dana({ serverStatus: 'DECLINED', changedAt: '9:05 AM' }))).toBe(
      "Dana Lee's booking was declined by someone else at 9:05 AM before your confirm arrived",
    )
  })

  it('says someone else confirmed it', () => {
    expect(statusConflictReason(dana({ action: 'decline', serverStatus: 'CONFIRMED' }))).toBe(
      "Dana Lee's booking was confirmed by someone else before your decline arrived",
    )
  })

  it('says someone else put it back to pending', () => {
    expect(statusConflictReason(dana({ action: 'cancel', serverStatus: 'PENDING' }))).toBe(
      "Dana Lee's booking was put back to pending by someone else before your cancel arrived",
    )
  })

  it('says someone else moved it to the waitlist', () => {
    expect(statusConflictReason(dana({ action: 'cancel', serverStatus: 'WAITING_LIST' }))).toBe(
      "Dana Lee's booking was moved to the waitlist by someone else before your cancel arrived",
    )
  })

  it('says it was reset to an unfinished checkout', () => {
    expect(
      statusConflictReason(dana({ action: 'cancel', serverStatus: 'CREATED', changedAt: '8:00 AM' })),
    ).toBe("Dana Lee's booking was reset to an unfinished checkout at 8:00 AM before your cancel arrived")
  })

  it('names a waitlist promotion as the desk calls it', () => {
    expect(statusConflictReason(dana({ action: 'move from the waitlist', serverStatus: 'CANCELED' }))).toBe(
      'Dana Lee canceled before your move from the waitlist arrived',
    )
  })

  it('falls back to "another status" when the server status was not re-read', () => {
    expect(statusConflictReason(dana({ action: 'cancel', serverStatus: null }))).toBe(
      "Dana Lee's booking changed to another status before your cancel arrived",
    )
  })
})

describe('rejectionReason: Wix refused the change for a business reason', () => {
  it('says the session was full when a walk-in could not be booked', () => {
    expect(
      rejectionReason(dana({ person: 'Ana Ruiz', action: 'walk-in' }), 'NO_OPEN_SPOTS', 'No spots'),
    ).toBe('Vinyasa Flow was full, so walk-in Ana Ruiz was not booked')
  })

  it('says the session is full when someone could not be moved from the waitlist', () => {
    expect(rejectionReason(dana({ action: 'move from the waitlist' }), 'NO_OPEN_SPOTS', 'No spots')).toBe(
      'Vinyasa Flow is full, so Dana Lee could not be moved from the waitlist',
    )
  })

  it.each(['SESSION_CAPACITY_EXCEEDED', 'SCHEDULE_CAPACITY_EXCEEDED'])(
    'treats %s as a full session too',
    (code) => {
      expect(rejectionReason(dana({ person: 'Ana Ruiz', action: 'walk-in' }), code, 'Full')).toBe(
        'Vinyasa Flow was full, so walk-in Ana Ruiz was not booked',
      )
      expect(rejectionReason(dana({ action: 'move from the waitlist' }), code, 'Full')).toBe(
        'Vinyasa Flow is full, so Dana Lee could not be moved from the waitlist',
      )
    },
  )

  it('starts with a capital when the session title is unknown', () => {
    expect(
      rejectionReason(dana({ action: 'move from the waitlist', session: null }), 'NO_OPEN_SPOTS', ''),
    ).toBe('The session is full, so Dana Lee could not be moved from the waitlist')
  })

  it.each(['BOOKING_NOT_FOUND', 'not_found'])('says the booking no longer exists on Wix (%s)', (code) => {
    expect(rejectionReason(dana({ action: 'cancel' }), code, '')).toBe(
      "Dana Lee's booking no longer exists on Wix, so your cancel could not be applied",
    )
  })

  it('explains a cancel refused by the cancellation policy, with the rule when known', () => {
    expect(rejectionReason(dana({ action: 'cancel' }), 'BOOKING_POLICY_VIOLATION', 'Too late')).toBe(
      "The service's cancellation policy closed cancellations for Dana Lee's booking for Vinyasa Flow, so Wix did not cancel it: it is still booked, as on Wix.",
    )
    const policy = 'no cancellation later than 12 hours before the start'
    expect(rejectionReason(dana({ action: 'cancel', policy }), 'BOOKING_POLICY_VIOLATION', '')).toContain(
      "cancellation policy (no cancellation later than 12 hours before the start) closed cancellations for Dana Lee's booking",
    )
    expect(
      rejectionReason(
        dana({ action: 'cancel', visit: 'Massage then Facial' }),
        'BOOKING_POLICY_VIOLATION',
        '',
      ),
    ).toContain("closed cancellations for Dana Lee's visit (Massage then Facial)")
  })

  it('says what permission a cancel anyway needs, or to cancel in Wix’s dashboard', () => {
    expect(rejectionReason(dana({ action: 'cancel', overPolicy: true }), MISSING_PERMISSION, '')).toBe(
      "This API key may not cancel over the cancellation policy: give it the BOOKINGS.IGNORE_BOOKING_POLICY permission (with Manage Bookings) in Wix, then Retry, or cancel Dana Lee's booking in Wix's dashboard. (Dana Lee's cancel anyway was not sent; the booking is as it is on Wix.)",
    )
    expect(rejectionReason(dana({ action: 'cancel' }), MISSING_PERMISSION, '')).toContain(
      'may not cancel bookings: give it the Manage Bookings permission',
    )
    expect(cancelAnywayUnavailableWords('Dana Lee')).toBe(
      'This API key may not cancel over the cancellation policy, so Rollcall does not offer "Cancel anyway": give it the BOOKINGS.IGNORE_BOOKING_POLICY permission (with Manage Bookings) in Wix, or cancel Dana Lee\'s booking in Wix\'s dashboard.',
    )
  })

  it('explains a walk-in refused by BOOKING_POLICY_VIOLATION with the policy, and that the desk cannot override it', () => {
    expect(
      rejectionReason(
        dana({ action: 'walk-in', policy: 'no booking later than 30 minutes before the start' }),
        'BOOKING_POLICY_VIOLATION',
        '',
      ),
    ).toBe(
      "Vinyasa Flow's booking policy (no booking later than 30 minutes before the start) stopped Wix from booking walk-in Dana Lee. The desk cannot override a booking policy: book them in Wix if the studio allows it, or discard.",
    )
    expect(rejectionReason(dana({ action: 'walk-in' }), 'BOOKING_POLICY_VIOLATION', '')).toMatch(
      /^Vinyasa Flow's booking policy stopped Wix from booking walk-in Dana Lee\./,
    )
  })

  it('explains refused variant choices: discard and book again', () => {
    expect(rejectionReason(dana({ action: 'walk-in' }), 'INVALID_SERVICE_CHOICES', '')).toMatch(
      /^Wix did not accept the tickets chosen for Dana Lee: the service's options have changed/,
    )
  })

  it.each(['SESSION_NOT_FOUND', 'EVENT_NOT_FOUND'])('says the session no longer exists (%s)', (code) => {
    expect(rejectionReason(dana({ action: 'check-in' }), code, '')).toBe(
      "The session of Dana Lee's booking no longer exists, so your check-in could not be applied",
    )
  })

  it('falls back to Wix’s own message for a code it does not know', () => {
    expect(
      rejectionReason(
        dana({ action: 'decline' }),
        'FAILED_DECLINE_NON_PENDING_BOOKING',
        'Booking is not pending',
      ),
    ).toBe('Wix refused your decline for Dana Lee: Booking is not pending')
  })
})

describe('a reschedule Wix refused, in words (issue 19 case 3)', () => {
  const move = (facts: Partial<ReasonFacts> = {}) =>
    dana({
      action: 'reschedule',
      session: '5:00 PM Vinyasa Flow',
      toSession: '6:00 PM Vinyasa Flow',
      ...facts,
    })

  it.each(['SESSION_CAPACITY_EXCEEDED', 'NO_OPEN_SPOTS'])(
    'says the new session filled up before the move reached Wix, and where the person still is (%s)',
    (code) => {
      expect(rejectionReason(move(), code, 'Full')).toBe(
        "6:00 PM Vinyasa Flow filled up before Dana Lee's move reached Wix, so Dana Lee is still booked on 5:00 PM Vinyasa Flow. Retry if a place opens, or discard.",
      )
    },
  )

  it('says the new session can no longer be booked (SLOT_NOT_AVAILABLE)', () => {
    expect(rejectionReason(move(), 'SLOT_NOT_AVAILABLE', '')).toBe(
      '6:00 PM Vinyasa Flow can no longer be booked on Wix (full, over or canceled), so Dana Lee is still booked on 5:00 PM Vinyasa Flow. Retry if a place opens, or discard.',
    )
    expect(rejectionReason(move({ toSession: null, session: null }), 'SLOT_NOT_AVAILABLE', '')).toMatch(
      /^The new session can no longer be booked on Wix .* still booked on their session\./,
    )
  })

  it('explains a move the booking policy refuses, and that the desk cannot override it', () => {
    expect(
      rejectionReason(
        move({ policy: 'no changes later than 2 hours before the start' }),
        'BOOKING_POLICY_VIOLATION',
        '',
      ),
    ).toBe(
      "The service's booking policy no longer allows Dana Lee to be moved to 6:00 PM Vinyasa Flow (no changes later than 2 hours before the start). The desk cannot override it: move them in Wix if the studio allows it, or discard.",
    )
  })

  it('says a part of a visit is rescheduled only with its visit', () => {
    expect(
      rejectionReason(
        move({ visit: 'Massage then Facial' }),
        'NOT_ALLOWED_TO_UPDATE_BOOKING_IN_MULTI_SERVICE_BOOKING',
        '',
      ),
    ).toBe(
      "Dana Lee's booking is part of a visit (Massage then Facial) that Wix reschedules only as a whole, so it was not moved. Reschedule the visit in Wix, or discard.",
    )
  })

  it('says the booking was moved elsewhere meanwhile, and where to', () => {
    const facts = move({ movedTo: 'Thu 7:30 PM Yin Yoga' })
    const words =
      'Dana Lee was moved to Thu 7:30 PM Yin Yoga by someone else before your reschedule reached Wix. Nothing was changed; discard this, or move them again from their new session.'
    expect(movedElsewhereReason(facts)).toBe(words)
    expect(rejectionReason(facts, BOOKING_MOVED, '')).toBe(words)
  })

  it('says a check-in was not sent because the person moved', () => {
    expect(movedElsewhereReason(dana({ action: 'check-in', movedTo: 'Thu 7:30 PM Yin Yoga' }))).toBe(
      'Dana Lee moved to Thu 7:30 PM Yin Yoga before the check-in reached Wix. The check-in was not sent; check Dana Lee in on the new session if they are here.',
    )
  })

  it('says someone else canceled before the move arrived', () => {
    expect(statusConflictReason(move({ serverStatus: 'CANCELED', changedAt: '4:12 PM' }))).toBe(
      'Dana Lee canceled at 4:12 PM before your reschedule arrived',
    )
  })
})

describe('a change to one part of a visit Wix takes only on the whole (issue 19 case 4)', () => {
  it.each([
    ['cancel', 'Cancel'],
    ['decline', 'Decline'],
    ['confirm', 'Confirm'],
  ] as const)('says to %s the whole visit instead', (action, verb) => {
    expect(
      rejectionReason(
        dana({ action, visit: 'Massage then Facial' }),
        'NOT_ALLOWED_TO_UPDATE_BOOKING_IN_MULTI_SERVICE_BOOKING',
        'Not allowed',
      ),
    ).toBe(
      `Dana Lee's booking is part of a visit (Massage then Facial) that Wix changes only as a whole, so your ${action} was not sent. ${verb} the whole visit instead, or discard.`,
    )
  })
})

describe('refusalClassOf: one class for each code', () => {
  it.each([
    ['SESSION_CAPACITY_EXCEEDED', 'conflict'],
    ['SLOT_NOT_AVAILABLE', 'conflict'],
    [BOOKING_MOVED, 'conflict'],
    ['REVISION_MISMATCH', 'stale'],
    ['BOOKING_REVISION_MISMATCH', 'stale'],
    ['ALL_BOOKINGS_ARE_ALREADY_CANCELED', 'done'],
    ['NOT_ALLOWED_TO_UPDATE_BOOKING_IN_MULTI_SERVICE_BOOKING', 'final'],
    ['BOOKING_POLICY_VIOLATION', 'final'],
    ['SOMETHING_WIX_ADDS_LATER', 'conflict'],
  ] as const)('%s is a %s', (code, kind) => {
    expect(refusalClassOf(code)).toBe(kind)
  })
})
