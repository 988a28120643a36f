import type { IpcError, IpcResult } from '@shared/ipc/envelope'
import type { Booking } from '@shared/wix/booking'
import type { CalendarEvent } from '@shared/wix/event'
import type { ExtendedBooking } from '@shared/wix/extended-booking'
import { classBooking, classEvent, TIME_ZONE } from '../db/fixtures'
import { RollcallDb } from '../../../renderer/src/db/schema'
import { DEFAULT_REPLAY_BACKOFF, type ReplayContext } from '../../../renderer/src/sync/replay-context'
import type { BookingsGateway } from '../../../renderer/src/sync/gateway'

/**
 * A small Wix for the engine's unit tests of issue 19 (reschedules, visits, sessions replaced): bookings and
 * sessions held in memory, the writes the engine sends applied to them (or refused with the code a test
 * sets), and every call recorded. No HTTP: test/integration/sync runs the engine against the demo site.
 * Times are pinned: Monday 23 November 2026 at Juniper Street Studio (America/Chicago).
 */

/** Monday 23 November 2026, 8:00 AM at the studio (pinned). */
export const MONDAY_8AM = Date.parse('2026-11-23T14:00:00.000Z')

/** A Vinyasa Flow session of the same weekly class, at a local start ("2026-11-26T18:00:00"). */
export function vinyasaAt(id: string, local: string, utc: string, fields: Partial<CalendarEvent> = {}) {
  const end = new Date(Date.parse(utc) + 60 * 60_000).toISOString()
  const localEnd = `${local.slice(0, 11)}${String(Number(local.slice(11, 13)) + 1).padStart(2, '0')}${local.slice(13)}`
  return {
    ...classEvent(),
    id,
    start: { localDate: local, timeZone: TIME_ZONE, utcDate: utc },
    end: { localDate: localEnd, timeZone: TIME_ZONE, utcDate: end },
    ...fields,
  } satisfies CalendarEvent
}

/** Monday's 9:00 AM (the fixtures' own), Thursday's 6:00 PM, and the following Thursday's (out of window). */
export const monday9 = () => classEvent()
export const thursday6pm = () =>
  vinyasaAt('evt-vinyasa-1126', '2026-11-26T18:00:00', '2026-11-27T00:00:00.000Z')
export const nextMonth = () =>
  vinyasaAt('evt-vinyasa-1210', '2026-12-10T18:00:00', '2026-12-11T00:00:00.000Z')

/** Dana Lee booked into a session (the fixtures' booking, moved). */
export function danaOn(event: CalendarEvent, fields: Partial<Booking> = {}): ExtendedBooking {
  const base = classBooking()
  const slot = base.booking.bookedEntity.slot
  return classBooking({
    bookedEntity: { ...base.booking.bookedEntity, slot: { ...slot, eventId: event.id } },
    startDate: event.start?.utcDate ?? base.booking.startDate,
    endDate: event.end?.utcDate ?? base.booking.endDate,
    ...fields,
  })
}

const refused = (code: string, status = 400): IpcError => ({
  kind: status === 409 ? 'conflict' : 'rejected',
  code,
  message: `Refused: ${code}`,
  retryable: false,
  mayHaveReachedServer: true,
})

export function fakeWix(initial: { bookings?: ExtendedBooking[]; events?: CalendarEvent[] } = {}) {
  const bookings = new Map((initial.bookings ?? []).map((b) => [b.booking.id, structuredClone(b)]))
  const events = new Map((initial.events ?? []).map((e) => [e.id, e]))
  const calls: { method: string; input: unknown }[] = []
  const refusals = new Map<string, IpcError>()
  const ok = <T>(method: string, input: unknown, data: T): Promise<IpcResult<T>> => {
    calls.push({ method, input })
    const error = refusals.get(method)
    if (error) {
      refusals.delete(method)
      return Promise.resolve({ ok: false, error })
    }
    return Promise.resolve({ ok: true, data })
  }
  const bump = (id: string, change: (b: Booking) => void): Booking => {
    const found = bookings.get(id)
    if (!found) throw new Error(`no booking ${id}`)
    change(found.booking)
    found.booking.revision = String(Number(found.booking.revision) + 1)
    return structuredClone(found.booking)
  }
  const page = (items: ExtendedBooking[]) => ({
    items: structuredClone(items),
    nextCursor: null,
    setAside: 0,
  })
  const setStatus =
    (status: Booking['status']) => (input: { visitId: string; parts: { bookingId: string }[] }) => {
      const method = `bookings.${status === 'CONFIRMED' ? 'confirm' : status === 'DECLINED' ? 'decline' : 'cancel'}Visit`
      if (refusals.has(method)) return ok(method, input, { visitId: input.visitId, bookings: [] })
      const answer = input.parts.map((part) => bump(part.bookingId, (b) => (b.status = status)))
      return ok(method, input, { visitId: input.visitId, bookings: answer })
    }
  const gateway: BookingsGateway = {
    bookings: {
      query: (input) => {
        const all = [...bookings.values()]
        if (!('select' in input)) return ok('bookings.query', input, page([]))
        const { select } = input
        const listed = all.filter((b) => {
          if (select.by === 'ids') return select.ids.includes(b.booking.id)
          if (select.by === 'startDate')
            return b.booking.startDate >= select.from && b.booking.startDate < select.to
          if (select.by === 'updatedSince') return b.booking.updatedDate >= select.since
          return true
        })
        return ok('bookings.query', input, page(listed))
      },
      count: (input) => ok('bookings.count', input, { count: bookings.size }),
      confirm: (input) =>
        ok(
          'bookings.confirm',
          input,
          bump(input.bookingId, (b) => (b.status = 'CONFIRMED')),
        ),
      decline: (input) =>
        ok(
          'bookings.decline',
          input,
          bump(input.bookingId, (b) => (b.status = 'DECLINED')),
        ),
      cancel: (input) =>
        ok(
          'bookings.cancel',
          input,
          bump(input.bookingId, (b) => (b.status = 'CANCELED')),
        ),
      createWalkIn: (input) => ok('bookings.createWalkIn', input, null as never),
      reschedule: (input) => {
        if (refusals.has('bookings.reschedule')) return ok('bookings.reschedule', input, null as never)
        const to = events.get(input.toEventId)
        return ok(
          'bookings.reschedule',
          input,
          bump(input.bookingId, (b) => moveTo(b, to ?? thursday6pm())),
        )
      },
      confirmVisit: setStatus('CONFIRMED'),
      declineVisit: setStatus('DECLINED'),
      cancelVisit: setStatus('CANCELED'),
    },
    attendance: {
      set: (input) => ok('attendance.set', input, null as never),
      bulkSet: (input) =>
        ok('attendance.bulkSet', input, {
          outcomes: input.changes.map((_, index) => ({ index, ok: true as const, attendanceId: null })),
        }),
      query: (input) => ok('attendance.query', input, { items: [], nextCursor: null, setAside: 0 }),
    },
    sessions: {
      query: (input) =>
        ok('sessions.query', input, { items: [...events.values()], nextCursor: null, setAside: 0 }),
      byIds: (input) => ok('sessions.byIds', input, { items: [] }),
    },
    services: { walkInTerms: () => ok('services.walkInTerms', undefined, { items: [], setAside: 0 }) },
  }
  return {
    gateway,
    calls,
    methods: () => calls.map((c) => c.method),
    /** The next call of `method` is refused with this Wix code. */
    refuseNext: (method: string, code: string, status?: number) =>
      void refusals.set(method, refused(code, status)),
    /** Someone else (the customer, another desk, the business) changes a booking on Wix. */
    change: (id: string, change: (b: Booking) => void) => bump(id, change),
    booking: (id: string) => bookings.get(id)?.booking,
    events,
    bookings,
  }
}

/** A booking moved to a session (what Wix does on a reschedule). */
export function moveTo(booking: Booking, event: CalendarEvent): void {
  const slot = booking.bookedEntity.slot
  if (slot) slot.eventId = event.id
  booking.startDate = event.start?.utcDate ?? booking.startDate
  booking.endDate = event.end?.utcDate ?? booking.endDate
}

let counter = 0
export function newDb(name: string): RollcallDb {
  return new RollcallDb(`${name}-${process.pid}-${String(++counter)}`)
}

export function replayContext(db: RollcallDb, gateway: BookingsGateway, now = MONDAY_8AM): ReplayContext {
  return {
    db,
    gateway,
    timeZone: TIME_ZONE,
    now: () => now,
    backoff: DEFAULT_REPLAY_BACKOFF,
    concurrency: 1,
    maxUncertainAttempts: 5,
  }
}
