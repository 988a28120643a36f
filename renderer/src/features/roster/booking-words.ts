import type { AttendanceStatus } from '@shared/wix/attendance'
import type { PaymentStatus } from '@shared/wix/booking-enums'

/** How a payment status reads at the desk, and whether money is still due (shown so it stands out). */
export interface PaymentWords {
  label: string
  due: boolean
}

const PAYMENT_WORDS: Partial<Record<PaymentStatus, PaymentWords>> = {
  NOT_PAID: { label: 'Unpaid', due: true },
  FAILED: { label: 'Payment failed', due: true },
  PARTIALLY_PAID: { label: 'Partly paid', due: true },
  PAID: { label: 'Paid', due: false },
  REFUNDED: { label: 'Refunded', due: false },
  EXEMPT: { label: 'No payment needed', due: false },
}

/** The payment in words; null when Wix says nothing useful (UNDEFINED, or a walk-in not yet on Wix). */
export function paymentWords(status: PaymentStatus | null): PaymentWords | null {
  return status ? (PAYMENT_WORDS[status] ?? null) : null
}

/** "Party of 3" — only for bookings of more than one person, so the usual single booking stays quiet. */
export function partyLabel(participants: number): string | null {
  return participants > 1 ? `Party of ${participants}` : null
}

/** "Checked in" / "No-show"; nothing for people not marked yet. */
export function attendanceWords(status: AttendanceStatus): string | null {
  if (status === 'ATTENDED') return 'Checked in'
  if (status === 'NOT_ATTENDED') return 'No-show'
  return null
}
