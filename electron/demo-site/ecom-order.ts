import { createHash } from 'node:crypto'
import type { Booking } from '@shared/wix/booking'
import type { BookingOrder } from '@shared/wix/extended-booking'
import { bookingParticipantCount } from '@shared/wix/booking-participants'
import type { DemoStore } from './store'

/**
 * A booking's eCommerce order, as Query Extended Bookings returns it with `withEcomOrder: true` (SDK-X `Order`
 * ~1239: id, number, status, paymentStatus, totalPrice, balance, currency). Only bookings paid through an
 * order have one: booked online (`selectedPaymentOption: ONLINE`) — paid, part paid, refunded, or a checkout
 * not finished yet. What it costs is the service's price for each participant (a variant's own price when
 * the booking names variants).
 */
// GUESS: a booking to pay at the desk (OFFLINE), with a pricing plan (MEMBERSHIP) or free (EXEMPT) has no order;
// a part-paid order has $20.00 due (or half the total when that is less); a refunded order is FULLY_REFUNDED
// with nothing due; an unfinished checkout's order is INITIALIZED and NOT_PAID with the whole total due.
const PART_PAID_DUE = 20

function money(amount: number): { amount: string; formattedAmount: string } {
  return { amount: amount.toFixed(2), formattedAmount: `$${amount.toFixed(2)}` }
}

function digest(text: string): string {
  return createHash('sha1').update(text).digest('hex')
}

function orderId(bookingId: string): string {
  const h = digest(`order:${bookingId}`)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`
}

function priceOf(store: DemoStore, booking: Booking): number {
  const serviceId = booking.bookedEntity.slot?.serviceId ?? booking.bookedEntity.schedule?.serviceId ?? ''
  const service = store.services.get(serviceId)
  const base = Number(service?.payment.price ?? '0')
  const choices = booking.participantsChoices?.serviceChoices
  if (choices && service?.variants) {
    return choices.reduce((sum, entry) => {
      const name = entry.choices?.[0]?.custom
      const price = service.variants?.choices.find((c) => c.name === name)?.price ?? service.payment.price
      return sum + Number(price ?? '0') * (entry.numberOfParticipants ?? 1)
    }, 0)
  }
  return base * bookingParticipantCount(booking)
}

export function ecomOrderOf(store: DemoStore, booking: Booking): BookingOrder | undefined {
  if (booking.selectedPaymentOption !== 'ONLINE') return undefined
  const total = priceOf(store, booking)
  const [status, paymentStatus, due] = ((): [string, string, number] => {
    switch (booking.paymentStatus) {
      case 'PAID':
        return ['APPROVED', 'PAID', 0]
      case 'PARTIALLY_PAID':
        return ['APPROVED', 'PARTIALLY_PAID', Math.min(PART_PAID_DUE, total / 2)]
      case 'REFUNDED':
        return ['APPROVED', 'FULLY_REFUNDED', 0]
      default:
        return ['INITIALIZED', 'NOT_PAID', total]
    }
  })()
  return {
    id: orderId(booking.id),
    number: String(10001 + (parseInt(digest(`number:${booking.id}`).slice(0, 8), 16) % 90000)),
    status,
    paymentStatus,
    totalPrice: money(total),
    balance: money(due),
    currency: 'USD',
  }
}
