// Time is pinned here: the dates below are fixed data or the demo site's pinned clock, never the machine's date
// or zone (npm run test:clocks runs this file under moved clocks and zones).
import { describe, expect, it } from 'vitest'
import { bookingResponseSchema } from '@shared/wix/booking'
import { bookingParticipantCount } from '@shared/wix/booking-participants'
import { eventResponseSchema, queryEventsResponseSchema, type CalendarEvent } from '@shared/wix/event'
import { queryExtendedBookingsResponseSchema } from '@shared/wix/extended-booking'
import { STAFF_RESOURCE_TYPE_ID } from '@shared/wix/staff-resource'
import {
  expectOk,
  expectValidationError,
  expectWixError,
  get,
  NOW,
  paths,
  post,
  openTestSite,
} from './demo-site-client'
import { occupancyOf, openClassSession, waitlistedOnFullSession } from './seed-lookups'

const site = await openTestSite({}, { resetBeforeEach: true })

const nowMs = Date.parse(NOW)

function walkIn(eventId: string, extra: Record<string, unknown> = {}, flow: Record<string, unknown> = {}) {
  return post(site, paths.create, {
    booking: {
      bookedEntity: { slot: { eventId } },
      contactDetails: {
        firstName: 'Dana',
        lastName: 'Lee',
        phone: '+15551234567',
        email: 'dana@example.com',
      },
      totalParticipants: 1,
      selectedPaymentOption: 'OFFLINE',
      status: 'CONFIRMED',
      ...extra,
    },
    participantNotification: { notifyParticipants: false },
    sendSmsReminder: false,
    flowControlSettings: { skipAvailabilityValidation: false, skipBusinessConfirmation: true, ...flow },
  })
}

async function eventOf(eventId: string): Promise<CalendarEvent> {
  return expectOk(await get(site, `${paths.events}/${eventId}`), eventResponseSchema).event
}

describe('create booking (walk-in)', () => {
  it('books a class session by eventId, deriving the slot, and finds it again by externalUserId', async () => {
    const event = openClassSession(site.state(), nowMs)
    const before = await eventOf(event.id)
    const externalUserId = 'rollcall:7f0c6f0e-0000-4000-8000-000000000001'
    const { booking } = expectOk(await walkIn(event.id, { externalUserId }), bookingResponseSchema)
    expect(booking).toMatchObject({
      status: 'CONFIRMED',
      revision: '1',
      externalUserId,
      totalParticipants: 1,
      createdDate: NOW,
      updatedDate: NOW,
    })
    expect(booking.bookedEntity.slot).toMatchObject({
      eventId: event.id,
      serviceId: event.serviceId,
      scheduleId: event.scheduleId,
      timezone: 'America/Chicago',
    })
    expect(booking.startDate).toBe(new Date(event.startMs).toISOString())
    expect(booking.contactDetails?.contactId).toBeTruthy()

    const found = expectOk(
      await post(site, paths.query, { query: { filter: { externalUserId } } }),
      queryExtendedBookingsResponseSchema,
    )
    expect(found.extendedBookings.map((e) => e.booking.id)).toEqual([booking.id])
    const after = await eventOf(event.id)
    expect(after.remainingCapacity).toBe((before.remainingCapacity ?? 0) - 1)
    expect(after.participants?.total).toBe((before.participants?.total ?? 0) + 1)
  })

  it('creates every booking with paymentStatus UNDEFINED, ignoring the one sent (SDK-B ~7844)', async () => {
    for (const paymentStatus of ['PAID', 'NOT_PAID', undefined]) {
      const event = openClassSession(site.state(), nowMs)
      const { booking } = expectOk(await walkIn(event.id, { paymentStatus }), bookingResponseSchema)
      expect(booking.paymentStatus).toBe('UNDEFINED')
      expect(site.state().bookings.find((b) => b.id === booking.id)?.paymentStatus).toBe('UNDEFINED')
    }
  })

  it('gives the booked staff resource the staff resource-type id, on the booking and on its session', async () => {
    const event = openClassSession(site.state(), nowMs)
    const { booking } = expectOk(await walkIn(event.id), bookingResponseSchema)
    const staff = site.state().staff.find((s) => s.id === event.staffId)
    expect(booking.bookedEntity.slot?.resource).toMatchObject({ id: staff?.id, type: STAFF_RESOURCE_TYPE_ID })
    expect((await eventOf(event.id)).resources).toEqual([
      expect.objectContaining({ id: staff?.id, name: staff?.name, type: STAFF_RESOURCE_TYPE_ID }),
    ])
  })

  it('defaults to CREATED, which holds no spot', async () => {
    const event = openClassSession(site.state(), nowMs)
    const before = await eventOf(event.id)
    const { booking } = expectOk(await walkIn(event.id, { status: undefined }), bookingResponseSchema)
    expect(booking.status).toBe('CREATED')
    expect((await eventOf(event.id)).remainingCapacity).toBe(before.remainingCapacity)
  })

  it('enforces capacity: SESSION_CAPACITY_EXCEEDED unless availability validation is skipped', async () => {
    const { event } = waitlistedOnFullSession(site.state())
    const open = event.totalCapacity - occupancyOf(site.state(), event.id)
    expectWixError(await walkIn(event.id, { totalParticipants: open + 1 }), 428, 'SESSION_CAPACITY_EXCEEDED')
    const forced = expectOk(
      await walkIn(event.id, { totalParticipants: open + 1 }, { skipAvailabilityValidation: true }),
      bookingResponseSchema,
    )
    expect(forced.booking.status).toBe('CONFIRMED')
    const after = await eventOf(event.id)
    expect(after.remainingCapacity).toBe(0)
    expect(after.participants?.total).toBe(occupancyOf(site.state(), event.id))
  })

  it('refuses a session that is over (SLOT_NOT_AVAILABLE) and an unknown event (404)', async () => {
    const past = site.state().events.find((e) => e.kind === 'CLASS' && e.endMs < nowMs)
    if (!past) throw new Error('no past session')
    expectWixError(await walkIn(past.id), 428, 'SLOT_NOT_AVAILABLE')
    expectWixError(await walkIn('no-such-event'), 404, 'SESSION_NOT_FOUND')
  })

  it('validates the request like Wix', async () => {
    const event = openClassSession(site.state(), nowMs)
    expectValidationError(await post(site, paths.create, {}), 'booking')
    expectValidationError(await walkIn(event.id, { totalParticipants: 0 }), 'booking.totalParticipants')
    expectValidationError(
      await walkIn(event.id, { totalParticipants: undefined }),
      'booking.totalParticipants',
    )
    expectValidationError(
      await walkIn(event.id, { contactDetails: { email: 'not-an-email' } }),
      'booking.contactDetails.email',
    )
    expectValidationError(await walkIn(event.id, { status: 'WAITING_LIST' }), 'booking.status')
    expectValidationError(
      await walkIn(event.id, { bookedEntity: { slot: { eventId: event.id, serviceId: 'another-service' } } }),
      'booking.bookedEntity.slot.serviceId',
    )
  })

  it('enrols in a course through bookedEntity.schedule', async () => {
    const course = site.state().services.find((s) => s.kind === 'COURSE')
    if (!course) throw new Error('no course')
    const { booking } = expectOk(
      await post(site, paths.create, {
        booking: {
          bookedEntity: { schedule: { scheduleId: course.scheduleId } },
          contactDetails: { firstName: 'Noor' },
          totalParticipants: 1,
          status: 'CONFIRMED',
        },
      }),
      bookingResponseSchema,
    )
    expect(booking.bookedEntity.schedule?.scheduleId).toBe(course.scheduleId)
    expect(booking.bookedEntity.slot).toBeUndefined()
    expect(booking.bookedEntity.tags).toEqual(['COURSE'])
  })

  it('books an appointment by its full slot and refuses a staff member who is busy', async () => {
    const state = site.state()
    const service = state.services.find((s) => s.kind === 'APPOINTMENT' && !s.requireManualApproval)
    const busy = state.events.find(
      (e) => e.kind === 'APPOINTMENT' && e.status === 'CONFIRMED' && e.startMs > nowMs,
    )
    if (!service || !busy) throw new Error('no appointment data')
    const slot = (start: number) => ({
      serviceId: service.id,
      startDate: new Date(start).toISOString(),
      endDate: new Date(start + 3_600_000).toISOString(),
      resource: { id: busy.staffId },
    })
    expectWixError(
      await post(site, paths.create, {
        booking: {
          bookedEntity: { slot: slot(busy.startMs) },
          contactDetails: { firstName: 'Ola' },
          totalParticipants: 1,
        },
      }),
      428,
      'SLOT_NOT_AVAILABLE',
    )
    const free = Date.parse('2026-03-13T03:00:00.000Z')
    const { booking } = expectOk(
      await post(site, paths.create, {
        booking: {
          bookedEntity: { slot: slot(free) },
          contactDetails: { firstName: 'Ola' },
          totalParticipants: 1,
          status: 'CONFIRMED',
        },
      }),
      bookingResponseSchema,
    )
    const event = await eventOf(booking.bookedEntity.slot?.eventId ?? '')
    expect(event).toMatchObject({ type: 'APPOINTMENT', totalCapacity: 1, remainingCapacity: 0 })
  })
})

describe('capacity agreement between events and bookings', () => {
  async function assertCalendarAgreesWithBookings(): Promise<number> {
    const state = site.state()
    let cursor: string | null | undefined
    let checked = 0
    do {
      const body = cursor
        ? { query: { cursorPaging: { cursor } } }
        : {
            fromLocalDate: '2026-03-03T00:00:00',
            toLocalDate: '2026-03-18T00:00:00',
            query: { cursorPaging: { limit: 100 } },
          }
      const page = expectOk(await post(site, paths.queryEvents, body), queryEventsResponseSchema)
      for (const event of page.events) {
        const related = state.bookings.filter((b) =>
          event.type === 'COURSE'
            ? b.bookedEntity.schedule?.scheduleId === event.scheduleId
            : b.bookedEntity.slot?.eventId === event.id,
        )
        const holding = related
          .filter((b) => b.status === 'CONFIRMED' || b.status === 'PENDING')
          .reduce((n, b) => n + bookingParticipantCount(b), 0)
        const waiting = related
          .filter((b) => b.status === 'WAITING_LIST')
          .reduce((n, b) => n + bookingParticipantCount(b), 0)
        expect(event.participants?.total).toBe(holding)
        expect(event.remainingCapacity).toBe(Math.max(0, (event.totalCapacity ?? 0) - holding))
        const namespaces = (
          event['extendedFields'] as { namespaces: Record<string, { waitingList: { total: number } }> }
        ).namespaces
        expect(namespaces['@rollcall/demo-site']?.waitingList.total).toBe(waiting)
        checked++
      }
      cursor = page.pagingMetadata?.cursors?.next
    } while (cursor)
    return checked
  }

  it('holds after confirms, declines, cancels, walk-ins and waitlist joins', async () => {
    const state = site.state()
    const pending = state.bookings.filter((b) => b.status === 'PENDING').slice(0, 4)
    site.world.deskConfirms(pending[0]?.id ?? '')
    site.world.deskDeclines(pending[1]?.id ?? '')
    site.world.customerCancels(pending[2]?.id ?? '')
    const confirmed = state.bookings.find((b) => b.status === 'CONFIRMED' && b.bookedEntity.slot)
    site.world.deskCancels(confirmed?.id ?? '')
    const open = openClassSession(state, nowMs, 2)
    site.world.customerBooks({ eventId: open.id, participants: 2 })
    site.world.customerJoinsWaitlist({ eventId: open.id, participants: 3 })
    const { booking: waitlisted } = waitlistedOnFullSession(state)
    site.world.deskConfirms(waitlisted.id)
    expect(await assertCalendarAgreesWithBookings()).toBeGreaterThan(100)
  })

  it('never oversubscribes a session in the seed', () => {
    const state = site.state()
    for (const event of state.events.filter((e) => e.kind !== 'COURSE')) {
      expect(occupancyOf(state, event.id)).toBeLessThanOrEqual(event.totalCapacity)
    }
  })
})
