import type { PaymentStatus } from '@shared/wix/booking-enums'
import type { ExtendedBooking } from '@shared/wix/extended-booking'

/** How a payment status reads at the desk, and whether money is still due (shown so it stands out). */
export interface PaymentWords {
  label: string
  due: boolean
}

/**
 * Wix's payment statuses (SDK-B `PaymentStatus`) in the desk's words, declared once. NOT_PAID reads by how the
 * customer chose to pay (`selectedPaymentOption`), PARTIALLY_PAID with what is still due (the order's
 * `balance`, returned with `withEcomOrder`). UNDEFINED says nothing useful: nothing is shown.
 */
export const PAYMENT_WORDS = {
  UNDEFINED: null,
  NOT_PAID: { label: 'Not paid', due: true },
  NOT_PAID_OFFLINE: { label: 'Pays at the desk', due: true },
  PAID: { label: 'Paid', due: false },
  PARTIALLY_PAID: { label: 'Part paid', due: true },
  partlyPaidDue: (balance: string) => ({ label: `Part paid: ${balance} due`, due: true }),
  REFUNDED: { label: 'Refunded', due: false },
  EXEMPT: { label: 'No payment needed', due: false },
  FAILED: { label: 'Payment failed', due: true },
} as const

/** What `paymentWords` reads of a booking row: its status and, from the server's copy, option and order. */
export interface PaymentFacts {
  paymentStatus: PaymentStatus | null
  server: Pick<ExtendedBooking, 'booking' | 'order'> | null
}

/** "Pays at the desk", "Part paid: $20.00 due", …; null when Wix says nothing (UNDEFINED, a walk-in not on Wix). */
export function paymentWords({ paymentStatus, server }: PaymentFacts): PaymentWords | null {
  switch (paymentStatus) {
    case null:
    case 'UNDEFINED':
      return PAYMENT_WORDS.UNDEFINED
    case 'NOT_PAID':
      return server?.booking.selectedPaymentOption === 'OFFLINE'
        ? PAYMENT_WORDS.NOT_PAID_OFFLINE
        : PAYMENT_WORDS.NOT_PAID
    case 'PARTIALLY_PAID': {
      const balance = server?.order?.balance?.formattedAmount?.trim()
      return balance ? PAYMENT_WORDS.partlyPaidDue(balance) : PAYMENT_WORDS.PARTIALLY_PAID
    }
    case 'PAID':
      return PAYMENT_WORDS.PAID
    case 'REFUNDED':
      return PAYMENT_WORDS.REFUNDED
    case 'EXEMPT':
      return PAYMENT_WORDS.EXEMPT
    case 'FAILED':
      return PAYMENT_WORDS.FAILED
    default: {
      // A value Wix added since: shown as Wix names it, not taken as money due.
      const words = paymentStatus.replaceAll('_', ' ').toLowerCase()
      return { label: words.charAt(0).toUpperCase() + words.slice(1), due: false }
    }
  }
}
