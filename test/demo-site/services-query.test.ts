import { describe, expect, it } from 'vitest'
import { allPermissionScopes, type PermissionScope } from '@shared/wix/permissions'
import {
  expectValidationError,
  expectWixError,
  get,
  post,
  openTestSite,
  type WixResponse,
} from './demo-site-client'

/**
 * Services V2 Query Services and Service Options and Variants, as a desk reads them to book walk-ins the way
 * the studio's services want: payment options, online booking, booking policy, schedule, variants.
 */
const site = await openTestSite({}, { resetBeforeEach: true })

const servicesPath = '/_api/bookings/v2/services/query'
const optionsPath = '/bookings/v1/serviceOptionsAndVariants/query'

interface WixService {
  id: string
  type: string
  name: string
  defaultCapacity: number
  schedule: { id: string }
  payment: {
    rateType: string
    fixed?: { price: { value: string; currency: string } }
    varied?: { defaultPrice?: { value: string } }
    options: { online: boolean; inPerson: boolean; deposit: boolean; pricingPlan: boolean }
  }
  onlineBooking: { enabled: boolean; requireManualApproval: boolean; allowMultipleRequests: boolean }
  bookingPolicy: {
    limitLateBookingPolicy: { enabled: boolean; latestBookingInMinutes?: number }
    bookAfterStartPolicy: { enabled: boolean }
    participantsPolicy: { maxParticipantsPerBooking: number }
    cancellationPolicy: { latestCancellationInMinutes: number }
  }
}

interface ServicesPage {
  services: WixService[]
  pagingMetadata: { count: number; offset: number; total: number }
}

function ok<T>(response: WixResponse): T {
  expect(response.status, response.text).toBe(200)
  return response.json as T
}

const queryServices = async (query: Record<string, unknown> = {}) =>
  ok<ServicesPage>(await post(site, servicesPath, { query }))

const byName = (page: ServicesPage, name: string): WixService => {
  const service = page.services.find((s) => s.name === name)
  if (!service) throw new Error(`no service ${name}`)
  return service
}

describe('Query Services', () => {
  it('answers every service of the studio with what a walk-in needs', async () => {
    const page = await queryServices()
    const state = site.state()
    expect(page.services.map((s) => s.id)).toEqual(state.services.map((s) => s.id))
    expect(page.pagingMetadata).toMatchObject({ count: state.services.length, offset: 0 })
    for (const service of state.services) {
      expect(page.services.find((s) => s.id === service.id)).toMatchObject({
        type: service.kind,
        name: service.name,
        defaultCapacity: service.capacity,
        schedule: { id: service.scheduleId },
        onlineBooking: { enabled: true, requireManualApproval: service.requireManualApproval },
        bookingPolicy: {
          cancellationPolicy: { latestCancellationInMinutes: service.cancellationWindowHours * 60 },
        },
      })
    }
  })

  it('varies payment options, variants and booking policies across the classes', async () => {
    const page = await queryServices()
    expect(byName(page, 'Barre Sculpt')).toMatchObject({
      payment: {
        rateType: 'FIXED',
        fixed: { price: { value: '28.00', currency: 'USD' } },
        options: { online: true, inPerson: true, pricingPlan: true },
      },
      bookingPolicy: {
        limitLateBookingPolicy: { enabled: false },
        bookAfterStartPolicy: { enabled: true },
        participantsPolicy: { maxParticipantsPerBooking: 14 },
      },
    })
    expect(byName(page, 'Yin Yoga').payment.options).toEqual({
      online: true,
      inPerson: false,
      deposit: false,
      pricingPlan: true,
    })
    expect(byName(page, 'Vinyasa Flow').payment).toMatchObject({
      rateType: 'VARIED',
      varied: { defaultPrice: { value: '24.00' } },
    })
    expect(byName(page, 'Yin Yoga').bookingPolicy).toMatchObject({
      limitLateBookingPolicy: { enabled: true, latestBookingInMinutes: 30 },
      bookAfterStartPolicy: { enabled: false },
    })
    expect(byName(page, 'Reformer Pilates').bookingPolicy.participantsPolicy).toEqual({
      maxParticipantsPerBooking: 2,
    })
    expect(byName(page, 'Aerial Yoga Intro').onlineBooking).toMatchObject({ requireManualApproval: true })
  })

  it('filters by id ($in, $eq) and type, and pages by offset with a total', async () => {
    const all = (await queryServices()).services
    const wanted = [all[1]!.id, all[4]!.id]
    const found = await queryServices({ filter: { id: { $in: wanted } } })
    expect(found.services.map((s) => s.id)).toEqual(wanted)
    expect((await queryServices({ filter: { id: all[2]!.id } })).services.map((s) => s.id)).toEqual([
      all[2]!.id,
    ])
    const appointments = await queryServices({ filter: { type: 'APPOINTMENT' } })
    // Personal Training, Sports Massage, Physio Assessment and Facial (the second part of a visit).
    expect(appointments.services.map((s) => s.type)).toEqual([
      'APPOINTMENT',
      'APPOINTMENT',
      'APPOINTMENT',
      'APPOINTMENT',
    ])

    const second = await queryServices({ paging: { limit: 3, offset: 3 } })
    expect(second.services.map((s) => s.id)).toEqual(all.slice(3, 6).map((s) => s.id))
    expect(second.pagingMetadata).toEqual({ count: 3, offset: 3, total: all.length, tooManyToCount: false })
  })

  it('answers on the docs’ path too, and refuses cursor paging and unknown filter fields', async () => {
    expect(
      ok<ServicesPage>(await post(site, '/bookings/v2/services/query', { query: {} })).services,
    ).not.toHaveLength(0)
    expectValidationError(
      await post(site, servicesPath, { query: { cursorPaging: { limit: 5 } } }),
      'query.cursorPaging',
    )
    expectValidationError(
      await post(site, servicesPath, { query: { filter: { color: 'red' } } }),
      'query.filter.color',
    )
  })

  it('gets one service by id, and 404s an unknown one', async () => {
    const service = site.state().services[0]!
    const one = ok<{ service: WixService }>(await get(site, `/_api/bookings/v2/services/${service.id}`))
    expect(one.service).toMatchObject({ id: service.id, name: service.name })
    expectWixError(await get(site, '/_api/bookings/v2/services/no-such-service'), 404, 'SERVICE_NOT_FOUND')
  })
})

interface OptionsAndVariants {
  id: string
  serviceId: string
  options: { values: Array<{ id: string; type: string; customData: { name: string; choices: string[] } }> }
  variants: {
    values: Array<{ choices: Array<{ custom: string; optionId: string }>; price: { value: string } }>
  }
}

describe('Service Options and Variants', () => {
  const variantService = () => site.state().services.find((s) => s.name === 'Vinyasa Flow')!

  it('holds Vinyasa Flow’s one CUSTOM option "Ticket" and a variant with its price per choice', async () => {
    const service = variantService()
    const { serviceOptionsAndVariantsList: list } = ok<{
      serviceOptionsAndVariantsList: OptionsAndVariants[]
    }>(await post(site, optionsPath, { query: { filter: { serviceId: { $in: [service.id] } } } }))
    expect(list).toHaveLength(1)
    const [found] = list
    const optionId = found!.options.values[0]!.id
    expect(found).toMatchObject({
      serviceId: service.id,
      options: {
        values: [{ type: 'CUSTOM', customData: { name: 'Ticket', choices: ['Drop-in', 'Student'] } }],
      },
      variants: {
        values: [
          { choices: [{ custom: 'Drop-in', optionId }], price: { value: '24.00' } },
          { choices: [{ custom: 'Student', optionId }], price: { value: '16.00' } },
        ],
      },
    })
  })

  it('filters by serviceId ($eq): a service without variants has none; every page lists only those with', async () => {
    const barre = site.state().services.find((s) => s.name === 'Barre Sculpt')!
    const none = ok<{ serviceOptionsAndVariantsList: unknown[] }>(
      await post(site, optionsPath, { query: { filter: { serviceId: { $eq: barre.id } } } }),
    )
    expect(none.serviceOptionsAndVariantsList).toEqual([])
    const all = ok<{ serviceOptionsAndVariantsList: OptionsAndVariants[] }>(
      await post(site, '/_api/v1/service-options-and-variants/query', { query: {} }),
    )
    expect(all.serviceOptionsAndVariantsList.map((o) => o.serviceId)).toEqual([variantService().id])
  })

  it('gets them by service id, and 404s a service without them', async () => {
    const service = variantService()
    const found = ok<{ serviceVariants: OptionsAndVariants }>(
      await get(site, `/bookings/v1/serviceOptionsAndVariants/service_id/${service.id}`),
    )
    expect(found.serviceVariants.serviceId).toBe(service.id)
    const barre = site.state().services.find((s) => s.name === 'Barre Sculpt')!
    expectWixError(
      await get(site, `/bookings/v1/serviceOptionsAndVariants/service_id/${barre.id}`),
      404,
      'SERVICE_OPTIONS_AND_VARIANTS_NOT_FOUND',
    )
  })
})

describe('permission scopes', () => {
  const readers: PermissionScope[] = [
    'readBookingsPublic',
    'readBookings',
    'manageBookings',
    'manageBookingsSettings',
  ]
  const keyWith = (...scopes: PermissionScope[]) =>
    site.setKeyScopes(allPermissionScopes.filter((s) => !readers.includes(s) || scopes.includes(s)))

  it('reads services with Read Bookings - Public Data alone, and with none of the reading scopes is 403', async () => {
    keyWith('readBookingsPublic')
    expect((await post(site, servicesPath, { query: {} })).status).toBe(200)
    expect((await post(site, optionsPath, { query: {} })).status).toBe(200)
    keyWith()
    const refused = expectWixError(await post(site, servicesPath, { query: {} }), 403, 'PERMISSION_DENIED')
    expect(refused.details?.applicationError?.description).toContain('Read Bookings - Public Data')
    expectWixError(await post(site, optionsPath, { query: {} }), 403, 'PERMISSION_DENIED')
  })
})
