import type { Transaction } from 'dexie'
import { extendedBookingSchema } from '@shared/wix/extended-booking'
import { calendarEventSchema } from '@shared/wix/event'
import { serverBookingFields } from '../booking-rows'
import { eventRow } from '../event-rows'

/**
 * Version 1 → 2: bookings gain the fields the screens read (schedule, start, contact, party size, payment,
 * the server's status apart from the shown one, pending count), attendance keeps the server's state apart
 * from the shown one, sessions gain schedule and kind, and outbox entries gain the replay bookkeeping.
 * Nothing is dropped: a row whose stored server copy no longer parses keeps what it had, with neutral
 * defaults, and the next pull replaces it.
 */
export async function upgradeToVersion2(tx: Transaction): Promise<void> {
  const pendingByBooking = new Map<string, number>()
  await tx
    .table('outbox')
    .toCollection()
    .modify((entry: Record<string, unknown>) => {
      entry.uncertain ??= false
      entry.attention ??= null
      entry.finishedAt ??= null
      if (entry.state === 'queued' || entry.state === 'sending') {
        const bookingId = String(entry.bookingId)
        pendingByBooking.set(bookingId, (pendingByBooking.get(bookingId) ?? 0) + 1)
      }
    })

  await tx
    .table('bookings')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      const parsed = extendedBookingSchema.safeParse(row.server)
      const fields = parsed.success
        ? serverBookingFields(parsed.data)
        : {
            scheduleId: null,
            startUtc: `${String(row.day)}T00:00:00.000Z`,
            createdDate: row.updatedDate,
            serverStatus: row.status,
            contact: { firstName: '', lastName: '', email: null, phone: null },
            participants: 1,
            paymentStatus: null,
          }
      Object.assign(row, {
        scheduleId: fields.scheduleId,
        startUtc: fields.startUtc,
        createdDate: fields.createdDate,
        serverStatus: fields.serverStatus,
        contact: fields.contact,
        participants: fields.participants,
        paymentStatus: fields.paymentStatus,
        pendingIntents: pendingByBooking.get(String(row.id)) ?? 0,
      })
    })

  await tx
    .table('attendance')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      row.serverStatus ??= row.status
      row.serverNumberOfAttendees ??= row.numberOfAttendees
      row.pending ??= false
    })

  await tx
    .table('events')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      const parsed = calendarEventSchema.safeParse(row.server)
      const derived = parsed.success ? eventRow(parsed.data) : null
      row.scheduleId = derived?.scheduleId ?? ''
      row.kind = derived?.kind ?? 'CLASS'
    })
}
