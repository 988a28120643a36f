import { describe, expect, it } from 'vitest'
import {
  bookingPolicyWords,
  deskPaymentOptions,
  policyRefusal,
  variantChoicesOf,
  walkInTermsOf,
  type WalkInTerms,
} from '@shared/domain/walk-in-terms'
import { serviceOptionsAndVariantsSchema, serviceSchema } from '@shared/wix/service'

// Instants are pinned: the policy rules compare a session's start with the `now` passed in, never the clock.
const START = Date.parse('2027-03-14T15:00:00.000Z')
const MINUTE = 60_000

const terms = (policy: Partial<WalkInTerms['policy']>): WalkInTerms => ({
  serviceId: 's1',
  name: 'Yin Yoga',
  paymentOptions: ['OFFLINE'],
  requiresApproval: false,
  policy: {
    latestBookingMinutes: null,
    bookAfterStart: null,
    maxParticipants: null,
    latestCancellationMinutes: null,
    ...policy,
  },
  variants: [],
})

describe('the payment options a desk can record', () => {
  it('come from what the service offers, in person first, a plan redeemed at the desk, online last', () => {
    expect(deskPaymentOptions({ online: true, inPerson: true, pricingPlan: true })).toEqual([
      'OFFLINE',
      'MEMBERSHIP_OFFLINE',
      'ONLINE',
    ])
    expect(deskPaymentOptions({ online: true, pricingPlan: true })).toEqual(['MEMBERSHIP_OFFLINE', 'ONLINE'])
    // A deposit is paid online.
    expect(deskPaymentOptions({ deposit: true })).toEqual(['ONLINE'])
  })

  it('are none when the service says nothing (a free service): the create then sends none', () => {
    expect(deskPaymentOptions(undefined)).toEqual([])
    expect(deskPaymentOptions({ online: false, inPerson: false })).toEqual([])
  })
})

describe('a service read from Wix', () => {
  it('keeps only what walk-ins need, Wix’s defaults where a field is missing', () => {
    const service = serviceSchema.parse({ id: 'svc-1', name: 'Rhythm Spin', type: 'CLASS' })
    expect(walkInTermsOf(service, null)).toEqual({
      serviceId: 'svc-1',
      name: 'Rhythm Spin',
      paymentOptions: [],
      requiresApproval: false,
      policy: {
        latestBookingMinutes: null,
        bookAfterStart: null,
        maxParticipants: null,
        latestCancellationMinutes: null,
      },
      variants: [],
    })
  })

  it('reads approval, the late-booking limit only when enabled, and the participants cap', () => {
    const service = serviceSchema.parse({
      id: 'svc-2',
      name: 'Aerial Yoga Intro',
      payment: { rateType: 'FIXED', options: { inPerson: true, online: true } },
      onlineBooking: { enabled: true, requireManualApproval: true },
      bookingPolicy: {
        limitLateBookingPolicy: { enabled: true, latestBookingInMinutes: 30 },
        bookAfterStartPolicy: { enabled: false },
        participantsPolicy: { maxParticipantsPerBooking: 2 },
        cancellationPolicy: {
          enabled: true,
          limitLatestCancellation: true,
          latestCancellationInMinutes: 720,
        },
      },
    })
    expect(walkInTermsOf(service, null)).toMatchObject({
      paymentOptions: ['OFFLINE', 'ONLINE'],
      requiresApproval: true,
      policy: {
        latestBookingMinutes: 30,
        bookAfterStart: false,
        maxParticipants: 2,
        latestCancellationMinutes: 720,
      },
    })
    const disabled = serviceSchema.parse({
      id: 'svc-3',
      bookingPolicy: { limitLateBookingPolicy: { enabled: false, latestBookingInMinutes: 1440 } },
    })
    expect(walkInTermsOf(disabled, null).policy.latestBookingMinutes).toBeNull()
  })

  it('tolerates odd fields: a service with a malformed policy is still read', () => {
    const service = serviceSchema.parse({ id: 'svc-4', bookingPolicy: 'oops', payment: { options: 7 } })
    expect(walkInTermsOf(service, null).paymentOptions).toEqual([])
  })
})

describe('variants', () => {
  it('become one choice each, by option and value, with the price in words', () => {
    const variants = serviceOptionsAndVariantsSchema.parse({
      serviceId: 'svc-1',
      options: {
        values: [{ id: 'opt-1', type: 'CUSTOM', customData: { name: 'Ticket', choices: ['Drop-in'] } }],
      },
      variants: {
        values: [
          { choices: [{ optionId: 'opt-1', custom: 'Drop-in' }], price: { value: '25', currency: 'USD' } },
          {
            choices: [{ optionId: 'opt-1', custom: 'Student' }],
            price: { value: '18.5', currency: 'USD' },
          },
          // No option id: nothing the desk could send.
          { choices: [{ custom: 'Lost' }] },
        ],
      },
    })
    expect(variantChoicesOf(variants)).toEqual([
      { key: 'opt-1:Drop-in', optionId: 'opt-1', custom: 'Drop-in', label: 'Drop-in · $25.00' },
      { key: 'opt-1:Student', optionId: 'opt-1', custom: 'Student', label: 'Student · $18.50' },
    ])
  })

  it('are none when the service has no options and variants', () => {
    expect(variantChoicesOf(undefined)).toEqual([])
  })
})

describe('the booking policy before Wix refuses', () => {
  it('names the participants cap', () => {
    expect(policyRefusal(terms({ maxParticipants: 2 }), { startMs: START }, 3, START - 120 * MINUTE)).toBe(
      "Yin Yoga's booking policy allows at most 2 participants per booking.",
    )
    expect(
      policyRefusal(terms({ maxParticipants: 2 }), { startMs: START }, 2, START - 120 * MINUTE),
    ).toBeNull()
  })

  it('names the late-booking limit, at the limit’s edge', () => {
    const late = terms({ latestBookingMinutes: 30, bookAfterStart: false })
    expect(policyRefusal(late, { startMs: START }, 1, START - 29 * MINUTE)).toBe(
      "Yin Yoga's booking policy stops bookings 30 minutes before the start.",
    )
    expect(policyRefusal(late, { startMs: START }, 1, START - 30 * MINUTE)).toBeNull()
    expect(policyRefusal(terms({ latestBookingMinutes: 120 }), { startMs: START }, 1, START - MINUTE)).toBe(
      "Yin Yoga's booking policy stops bookings 2 hours before the start.",
    )
  })

  it('refuses a session in progress only when the policy forbids booking after the start', () => {
    const inProgress = START + 10 * MINUTE
    expect(policyRefusal(terms({ bookAfterStart: false }), { startMs: START }, 1, inProgress)).toBe(
      "Yin Yoga's booking policy does not allow booking after the session starts.",
    )
    expect(policyRefusal(terms({ latestBookingMinutes: 30 }), { startMs: START }, 1, inProgress)).toMatch(
      /does not allow booking after the session starts/,
    )
    expect(policyRefusal(terms({ bookAfterStart: true }), { startMs: START }, 1, inProgress)).toBeNull()
    // Not known: the desk does not guess; Wix decides.
    expect(policyRefusal(terms({}), { startMs: START }, 1, inProgress)).toBeNull()
  })

  it('says the whole policy in words for a refusal whose rule Wix does not name', () => {
    expect(bookingPolicyWords(terms({ latestBookingMinutes: 1440, maxParticipants: 1 }))).toBe(
      'no booking later than 1 day before the start, at most 1 participant per booking',
    )
    expect(bookingPolicyWords(terms({ bookAfterStart: false }))).toBe('no booking after the session starts')
    expect(bookingPolicyWords(terms({}))).toBeNull()
  })
})
