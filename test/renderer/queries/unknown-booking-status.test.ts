import { describe, expect, it } from 'vitest'
import { verdictFor } from '@shared/domain/booking-intents'
import { statusConflictReason } from '@shared/domain/conflict-reasons'
import { countedAs } from '../../../renderer/src/queries/session-counts'
import { bookingStatusName } from '../../../renderer/src/queries/session-facts'

/**
 * A booking status Wix added that Rollcall does not know (issue 17): the booking is kept and shown as Wix
 * names it, counts nowhere, and the desk never overrides it.
 */
describe('a status Wix added', () => {
  it('is shown in words as Wix names it, and known ones in the desk’s words', () => {
    expect(bookingStatusName('AWAITING_PAYMENT')).toBe('Awaiting payment')
    expect(bookingStatusName('WAITING_LIST')).toBe('Waitlist')
  })

  it('counts on no session number', () => {
    expect(countedAs('AWAITING_PAYMENT')).toBeNull()
    expect(countedAs('CONFIRMED')).toBe('booked')
  })

  it('refuses a confirm, decline or cancel, with a reason in words', () => {
    for (const intent of ['confirm', 'decline', 'cancel'] as const)
      expect(verdictFor(intent, 'AWAITING_PAYMENT')).toEqual({
        kind: 'refuse',
        serverStatus: 'AWAITING_PAYMENT',
      })
    expect(
      statusConflictReason({ person: 'Dana Lee', action: 'confirm', serverStatus: 'AWAITING_PAYMENT' }),
    ).toBe("Dana Lee's booking changed to AWAITING_PAYMENT before your confirm arrived")
  })
})
