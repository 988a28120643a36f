import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { WalkInInput } from '@shared/ipc/bookings'
import type { DemoEvent } from '../../../electron/demo-site/model'
import { startClientAndSite } from './wix-test-site'

/**
 * Walk-ins as the service allows (issue 17 item 3), through the real client and SDK against the demo site
 * (pinned clock, see demo-site-client.ts): the services' terms read from Services V2, and the create built
 * from them — the requests are recorded as they leave.
 */
const sent: { path: string; body: unknown }[] = []
const recordingFetch: typeof fetch = async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input))
  const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined
  sent.push({ path: url.pathname, body })
  return fetch(input, init)
}

let ctx: Awaited<ReturnType<typeof startClientAndSite>>
beforeAll(async () => (ctx = await startClientAndSite({ client: { fetch: recordingFetch } })))
afterAll(() => ctx.site.stop())
beforeEach(() => {
  ctx.site.reset()
  sent.length = 0
})

const serviceNamed = (name: string) => {
  const service = ctx.site.state().services.find((s) => s.name.startsWith(name))
  if (!service) throw new Error(`no service ${name}`)
  return service
}

/** A future session of the service with room, far enough ahead that no late-booking limit applies. */
function sessionOf(serviceId: string): DemoEvent {
  const now = Date.parse(ctx.site.now())
  const event = ctx.site
    .state()
    .events.find((e) => e.serviceId === serviceId && e.status === 'CONFIRMED' && e.startMs > now + 86_400_000)
  if (!event) throw new Error('no future session')
  return event
}

const walkIn = (event: DemoEvent, extra: Partial<WalkInInput> = {}): WalkInInput => ({
  eventId: event.id,
  serviceId: event.serviceId,
  scheduleId: event.scheduleId,
  contact: { firstName: 'Wren', lastName: 'Terms' },
  totalParticipants: 1,
  externalUserId: `rollcall:${crypto.randomUUID()}`,
  ...extra,
})

const creates = () => sent.filter((r) => /\/v2\/bookings$/.test(r.path))
const confirms = () => sent.filter((r) => /\/confirm$/.test(r.path))

describe('the services’ walk-in terms', () => {
  it('are read from Services V2 and their options and variants', async () => {
    const { items, setAside } = await ctx.client.services.walkInTerms()
    expect(setAside).toBe(0)
    const byName = (name: string) => items.find((t) => t.name?.startsWith(name))
    expect(byName('Vinyasa Flow')?.variants.map((v) => v.label)).toEqual([
      'Drop-in · $24.00',
      'Student · $16.00',
    ])
    expect(byName('Yin Yoga')).toMatchObject({
      paymentOptions: ['MEMBERSHIP_OFFLINE', 'ONLINE'],
      policy: { latestBookingMinutes: 30, bookAfterStart: false },
    })
    expect(byName('Reformer Pilates')?.policy.maxParticipants).toBe(2)
    expect(byName('Aerial Yoga Intro')?.requiresApproval).toBe(true)
    expect(byName('Barre Sculpt')).toMatchObject({
      paymentOptions: ['OFFLINE', 'MEMBERSHIP_OFFLINE', 'ONLINE'],
    })
  })
})

describe('a walk-in create', () => {
  it('sends the payment option and no skipBusinessConfirmation for a service without approval', async () => {
    const event = sessionOf(serviceNamed('Barre Sculpt').id)
    const created = await ctx.client.bookings.createWalkIn(
      walkIn(event, { selectedPaymentOption: 'OFFLINE' }),
    )
    expect(created).toMatchObject({ status: 'CONFIRMED', selectedPaymentOption: 'OFFLINE' })
    expect(creates()[0]?.body).toMatchObject({
      booking: { totalParticipants: 1, selectedPaymentOption: 'OFFLINE', status: 'CONFIRMED' },
      flowControlSettings: { skipBusinessConfirmation: false, skipAvailabilityValidation: false },
    })
    expect(confirms()).toEqual([])
  })

  it('books a service with variants by participantsChoices, not totalParticipants', async () => {
    const service = serviceNamed('Vinyasa Flow')
    const optionId = service.variants?.optionId ?? ''
    const event = sessionOf(service.id)
    const created = await ctx.client.bookings.createWalkIn(
      walkIn(event, {
        totalParticipants: 3,
        participantsChoices: [
          { optionId, custom: 'Drop-in', numberOfParticipants: 1 },
          { optionId, custom: 'Student', numberOfParticipants: 2 },
        ],
      }),
    )
    const body = creates()[0]?.body as { booking: Record<string, unknown> }
    expect(body.booking).not.toHaveProperty('totalParticipants')
    expect(body.booking['participantsChoices']).toEqual({
      serviceChoices: [
        { numberOfParticipants: 1, choices: [{ optionId, custom: 'Drop-in' }] },
        { numberOfParticipants: 2, choices: [{ optionId, custom: 'Student' }] },
      ],
    })
    expect(created.participantsChoices?.serviceChoices).toHaveLength(2)
  })

  it('asks for skipBusinessConfirmation only for a service that needs approval', async () => {
    const event = sessionOf(serviceNamed('Aerial Yoga Intro').id)
    const created = await ctx.client.bookings.createWalkIn(walkIn(event, { serviceRequiresApproval: true }))
    expect(created.status).toBe('CONFIRMED')
    expect(creates()[0]?.body).toMatchObject({ flowControlSettings: { skipBusinessConfirmation: true } })
    expect(confirms()).toEqual([])
  })

  it('confirms a walk-in Wix made PENDING (an older entry that did not know the service needs approval)', async () => {
    const event = sessionOf(serviceNamed('Aerial Yoga Intro').id)
    const created = await ctx.client.bookings.createWalkIn(walkIn(event))
    expect(creates()[0]?.body).toMatchObject({ flowControlSettings: { skipBusinessConfirmation: false } })
    expect(confirms()).toHaveLength(1)
    expect(created).toMatchObject({ status: 'CONFIRMED', revision: '2' })
    expect(ctx.site.state().bookings.find((b) => b.id === created.id)?.status).toBe('CONFIRMED')
  })

  it('is refused by the booking policy with Wix’s code (the desk says it in words)', async () => {
    const event = sessionOf(serviceNamed('Reformer Pilates').id)
    await expect(
      ctx.client.bookings.createWalkIn(walkIn(event, { totalParticipants: 3 })),
    ).rejects.toMatchObject({ kind: 'rejected', code: 'BOOKING_POLICY_VIOLATION' })
  })
})
