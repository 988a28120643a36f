import { describe, expect, it } from 'vitest'
import {
  CANCELABLE,
  CONFIRMABLE,
  STATUS_AFTER,
  verdictFor,
  type StatusIntentKind,
} from '@shared/domain/booking-intents'
import { bookingStatuses, type BookingStatus } from '@shared/wix/booking-enums'

type Expected = 'already' | 'send' | 'refuse'

/**
 * Every (intent, server status) pair and what replay must do with it. Typed as a full Record, so a new
 * booking status or intent does not compile until someone decides here what it means.
 */
const verdicts: Record<StatusIntentKind, Record<BookingStatus, Expected>> = {
  confirm: {
    CREATED: 'send',
    CONFIRMED: 'already',
    CANCELED: 'refuse',
    PENDING: 'send',
    DECLINED: 'refuse',
    WAITING_LIST: 'send',
  },
  decline: {
    CREATED: 'send',
    CONFIRMED: 'refuse',
    CANCELED: 'refuse',
    PENDING: 'send',
    DECLINED: 'already',
    WAITING_LIST: 'send',
  },
  cancel: {
    CREATED: 'send',
    CONFIRMED: 'send',
    CANCELED: 'already',
    PENDING: 'send',
    DECLINED: 'already',
    WAITING_LIST: 'send',
  },
}

const intents = Object.keys(STATUS_AFTER) as StatusIntentKind[]
const pairs = intents.flatMap((intent) =>
  bookingStatuses.map((status) => ({ intent, status, expected: verdicts[intent][status] })),
)

describe('verdictFor: what a status intent means against the server’s truth', () => {
  it('has a decision for every intent and every booking status', () => {
    expect(Object.keys(verdicts).sort()).toEqual([...intents].sort())
    for (const intent of intents)
      expect(Object.keys(verdicts[intent]).sort()).toEqual([...bookingStatuses].sort())
  })

  it.each(pairs)('$intent of a $status booking: $expected', ({ intent, status, expected }) => {
    const verdict = verdictFor(intent, status)
    expect(verdict.kind).toBe(expected)
    if (expected === 'refuse') expect(verdict).toEqual({ kind: 'refuse', serverStatus: status })
    else expect(verdict).toEqual({ kind: expected })
  })

  it('takes a cancel of a booking declined meanwhile as already done: the person is not coming either way', () => {
    expect(verdictFor('cancel', 'DECLINED')).toEqual({ kind: 'already' })
  })

  it('refuses a decline of a booking the customer canceled meanwhile, naming the server status', () => {
    expect(verdictFor('decline', 'CANCELED')).toEqual({ kind: 'refuse', serverStatus: 'CANCELED' })
  })

  it('refuses a confirm of a booking someone else declined', () => {
    expect(verdictFor('confirm', 'DECLINED')).toEqual({ kind: 'refuse', serverStatus: 'DECLINED' })
  })

  it('names the status each intent leads to', () => {
    expect(STATUS_AFTER).toEqual({ confirm: 'CONFIRMED', decline: 'DECLINED', cancel: 'CANCELED' })
  })

  it('lets confirm and decline act on pending, unfinished and waitlisted bookings only', () => {
    expect([...CONFIRMABLE].sort()).toEqual(['CREATED', 'PENDING', 'WAITING_LIST'])
  })

  it('lets cancel act on anything not already canceled or declined', () => {
    expect([...CANCELABLE].sort()).toEqual(
      bookingStatuses.filter((s) => s !== 'CANCELED' && s !== 'DECLINED').sort(),
    )
  })
})
