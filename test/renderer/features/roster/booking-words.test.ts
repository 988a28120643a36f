import { describe, expect, it } from 'vitest'
import { attendanceWords } from '../../../../renderer/src/features/roster/booking-words'
import { paymentWords } from '../../../../renderer/src/queries/payment-words'
import { bookingRow, classBooking } from '../../db/fixtures'

const row = (paymentStatus: string, selectedPaymentOption = 'ONLINE', balance?: string) => {
  const extended = classBooking({ paymentStatus, selectedPaymentOption })
  return bookingRow(
    balance ? { ...extended, order: { balance: { amount: '20.00', formattedAmount: balance } } } : extended,
  )
}

describe('payment in Wix’s values, as a desk reads them (issue 19 case 8)', () => {
  it('says each status in words, and what is still due stands out', () => {
    expect(paymentWords(row('NOT_PAID', 'OFFLINE'))).toEqual({ label: 'Pays at the desk', due: true })
    expect(paymentWords(row('NOT_PAID', 'ONLINE'))).toEqual({ label: 'Not paid', due: true })
    expect(paymentWords(row('PAID'))).toEqual({ label: 'Paid', due: false })
    expect(paymentWords(row('PARTIALLY_PAID', 'ONLINE', '$20.00'))).toEqual({
      label: 'Part paid: $20.00 due',
      due: true,
    })
    expect(paymentWords(row('PARTIALLY_PAID'))).toEqual({ label: 'Part paid', due: true })
    expect(paymentWords(row('REFUNDED'))).toEqual({ label: 'Refunded', due: false })
    expect(paymentWords(row('EXEMPT'))).toEqual({ label: 'No payment needed', due: false })
    expect(paymentWords(row('FAILED'))).toEqual({ label: 'Payment failed', due: true })
    expect(paymentWords(row('UNDEFINED'))).toBeNull()
    expect(paymentWords({ paymentStatus: null, server: null })).toBeNull()
    expect(paymentWords(row('PENDING_REVIEW'))).toEqual({ label: 'Pending review', due: false })
  })

  it('says "2 of 3 checked in" for part of a party, "Checked in" for all of it', () => {
    expect(attendanceWords('ATTENDED', 3, 2)).toBe('2 of 3 checked in')
    expect(attendanceWords('ATTENDED', 3, 3)).toBe('Checked in')
    expect(attendanceWords('ATTENDED', 1, 1)).toBe('Checked in')
    expect(attendanceWords('NOT_ATTENDED', 3, null)).toBe('No-show')
  })
})
