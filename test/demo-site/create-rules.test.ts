import { beforeEach, describe, expect, it } from 'vitest'
import { bookingResponseSchema } from '@shared/wix/booking'
import type { DemoEvent } from '../../electron/demo-site'
import { expectOk, expectWixError, NOW, paths, post, openTestSite } from './demo-site-client'
import { occupancyOf } from './seed-lookups'

/**
 * Create Booking holds a new booking to its service (rules/service-terms.ts): a payment option it offers,
 * participants by variant for a service with variants, its booking policy, and its business confirmation.
 */
const site = await openTestSite()
// The clock moves in some tests: put it back before re-seeding, so every test sees the same seed.
beforeEach(() => {
  site.setNow(NOW)
  site.reset()
})

const nowMs = Date.parse(NOW)
const MINUTE = 60_000

const serviceNamed = (name: string) => site.state().services.find((s) => s.name === name)!

/** A session of that class at least a day ahead with `spots` open spots. */
function sessionOf(name: string, spots = 3): DemoEvent {
  const state = site.state()
  const service = serviceNamed(name)
  const event = state.events.find(
    (e) =>
      e.serviceId === service.id &&
      e.startMs > nowMs + 86_400_000 &&
      e.totalCapacity - occupancyOf(state, e.id) >= spots,
  )
  if (!event) throw new Error(`no open ${name} session`)
  return event
}

function create(eventId: string, booking: Record<string, unknown> = {}, flow: Record<string, unknown> = {}) {
  return post(site, paths.create, {
    booking: {
      bookedEntity: { slot: { eventId } },
      contactDetails: { firstName: 'Dana', lastName: 'Lee', email: 'dana@example.com' },
      totalParticipants: 1,
      status: 'CONFIRMED',
      ...booking,
    },
    flowControlSettings: flow,
  })
}

describe('the payment option', () => {
  it('must be one the service offers, unless skipSelectedPaymentOptionValidation; omitted is allowed', async () => {
    const online = sessionOf('Yin Yoga', 3)
    const refused = expectWixError(
      await create(online.id, { selectedPaymentOption: 'OFFLINE' }),
      400,
      'VALIDATION_FAILURE',
    )
    expect(refused.details?.applicationError?.data).toMatchObject({
      offered: ['ONLINE', 'MEMBERSHIP', 'MEMBERSHIP_OFFLINE'],
    })
    expect(site.state().bookings.filter((b) => b.contactDetails?.firstName === 'Dana')).toHaveLength(0)
    for (const selectedPaymentOption of ['MEMBERSHIP_OFFLINE', 'ONLINE', undefined]) {
      expectOk(await create(online.id, { selectedPaymentOption }), bookingResponseSchema)
    }
    expectOk(
      await create(
        online.id,
        { selectedPaymentOption: 'OFFLINE' },
        { skipSelectedPaymentOptionValidation: true },
      ),
      bookingResponseSchema,
    )
    expectOk(
      await create(sessionOf('Barre Sculpt').id, { selectedPaymentOption: 'OFFLINE' }),
      bookingResponseSchema,
    )
  })
})

describe('participants of a service with variants', () => {
  const choice = (custom: string, numberOfParticipants: number) => ({
    numberOfParticipants,
    choices: [{ optionId: serviceNamed('Vinyasa Flow').variants!.optionId, custom }],
  })

  it('are booked by variant, kept on the booking with the total they make, and take that many spots', async () => {
    const event = sessionOf('Vinyasa Flow')
    const before = occupancyOf(site.state(), event.id)
    const { booking } = expectOk(
      await create(event.id, {
        totalParticipants: undefined,
        participantsChoices: { serviceChoices: [choice('Drop-in', 1), choice('Student', 2)] },
      }),
      bookingResponseSchema,
    )
    expect(booking.totalParticipants).toBe(3)
    expect(booking.participantsChoices?.serviceChoices).toEqual([choice('Drop-in', 1), choice('Student', 2)])
    expect(occupancyOf(site.state(), event.id)).toBe(before + 3)
  })

  it('refuse totalParticipants, an unknown choice, and choices for a service without variants', async () => {
    const event = sessionOf('Vinyasa Flow')
    expectWixError(await create(event.id), 400, 'INVALID_SERVICE_CHOICES')
    expectWixError(
      await create(event.id, {
        totalParticipants: undefined,
        participantsChoices: { serviceChoices: [choice('VIP', 1)] },
      }),
      400,
      'INVALID_SERVICE_CHOICES',
    )
    expectWixError(
      await create(sessionOf('Barre Sculpt').id, {
        totalParticipants: undefined,
        participantsChoices: { serviceChoices: [choice('Drop-in', 1)] },
      }),
      400,
      'INVALID_SERVICE_CHOICES',
    )
  })

  it('are sent by the outside world’s customers too', () => {
    const booking = site.world.customerBooks({ eventId: sessionOf('Vinyasa Flow').id, participants: 2 })
    expect(booking).toMatchObject({ status: 'CONFIRMED', totalParticipants: 2 })
    expect(booking.participantsChoices?.serviceChoices).toEqual([choice('Drop-in', 2)])
  })
})

describe('the booking policy', () => {
  it('refuses a Yin Yoga booking less than 30 minutes before the start, even skipping availability', async () => {
    const event = sessionOf('Yin Yoga')
    site.setNow(event.startMs - 20 * MINUTE)
    const refused = expectWixError(
      await create(event.id, {}, { skipAvailabilityValidation: true }),
      428,
      'BOOKING_POLICY_VIOLATION',
    )
    expect(refused.details?.applicationError?.data).toMatchObject({
      policy: 'limitLateBooking',
      latestBookingInMinutes: 30,
    })
    expect(refused.details?.applicationError?.description).toContain('30 minutes before the start')
    site.setNow(event.startMs - 45 * MINUTE)
    expectOk(await create(event.id), bookingResponseSchema)
  })

  it('refuses booking Yin Yoga after its start, while a walk-in into another class in progress is booked', async () => {
    const yin = sessionOf('Yin Yoga')
    site.setNow(yin.startMs + 10 * MINUTE)
    const refused = expectWixError(await create(yin.id), 428, 'BOOKING_POLICY_VIOLATION')
    expect(refused.details?.applicationError?.data).toMatchObject({ policy: 'bookAfterStart' })

    const hiit = sessionOf('HIIT Bootcamp')
    site.setNow(hiit.startMs + 10 * MINUTE)
    expectOk(await create(hiit.id), bookingResponseSchema)
  })

  it('refuses more participants than the service allows per booking', async () => {
    const event = sessionOf('Reformer Pilates')
    const refused = expectWixError(
      await create(event.id, { totalParticipants: 3 }),
      428,
      'BOOKING_POLICY_VIOLATION',
    )
    expect(refused.details?.applicationError?.data).toMatchObject({
      policy: 'participantsPerBooking',
      maxParticipantsPerBooking: 2,
    })
    expectOk(await create(event.id, { totalParticipants: 2 }), bookingResponseSchema)
  })
})

describe('the business’s confirmation', () => {
  it('makes CONFIRMED PENDING for a service that requires it, unless skipBusinessConfirmation', async () => {
    const aerial = sessionOf('Aerial Yoga Intro')
    const held = expectOk(await create(aerial.id), bookingResponseSchema).booking
    expect(held.status).toBe('PENDING')
    const skipped = expectOk(
      await create(aerial.id, {}, { skipBusinessConfirmation: true }),
      bookingResponseSchema,
    ).booking
    expect(skipped.status).toBe('CONFIRMED')
    expect(expectOk(await create(sessionOf('Barre Sculpt').id), bookingResponseSchema).booking.status).toBe(
      'CONFIRMED',
    )
    // A customer's booking the studio already confirmed stays so.
    expect(site.world.customerBooks({ eventId: aerial.id, status: 'CONFIRMED' }).status).toBe('CONFIRMED')
  })
})
