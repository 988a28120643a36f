import { WIX_BOOKINGS_APP_ID } from './query/event-fields'
import type { DemoService, DemoServiceVariants } from './model'

/**
 * A demo service as Wix answers it: Services V2 `Service` (REST names: `id`, not the SDK's `_id`) and its
 * Service Options and Variants, with the fields Rollcall reads filled in (type, name, capacity, payment,
 * online booking, booking policy, schedule). The business's currency is USD (Site Properties says so).
 */
export const DEMO_CURRENCY = 'USD'

const money = (value: string) => ({ value, currency: DEMO_CURRENCY })

function prices(variants: DemoServiceVariants): { min: string; max: string } {
  const values = variants.choices.map((c) => Number(c.price))
  const pick = (n: number) => variants.choices.find((c) => Number(c.price) === n)?.price ?? String(n)
  return { min: pick(Math.min(...values)), max: pick(Math.max(...values)) }
}

function paymentOf(service: DemoService): Record<string, unknown> {
  const { rateType, price, online, inPerson, deposit, pricingPlan } = service.payment
  const payment: Record<string, unknown> = {
    rateType,
    options: { online, inPerson, deposit, pricingPlan },
  }
  if (rateType === 'FIXED' && price !== null) payment['fixed'] = { price: money(price) }
  if (rateType === 'VARIED') {
    const range = service.variants ? prices(service.variants) : undefined
    payment['varied'] = {
      ...(price !== null ? { defaultPrice: money(price) } : {}),
      ...(range ? { minPrice: money(range.min), maxPrice: money(range.max) } : {}),
    }
  }
  return payment
}

/** Services V2 `Service` in REST shape. */
export function toWixService(service: DemoService): Record<string, unknown> {
  const cancellationMinutes = service.cancellationWindowHours * 60
  return {
    id: service.id,
    appId: WIX_BOOKINGS_APP_ID,
    type: service.kind,
    name: service.name,
    defaultCapacity: service.capacity,
    hidden: false,
    payment: paymentOf(service),
    onlineBooking: {
      enabled: true,
      requireManualApproval: service.requireManualApproval,
      allowMultipleRequests: service.allowMultipleRequests,
    },
    bookingPolicy: {
      limitLateBookingPolicy:
        service.latestBookingMinutes === null
          ? { enabled: false }
          : { enabled: true, latestBookingInMinutes: service.latestBookingMinutes },
      bookAfterStartPolicy: { enabled: service.bookAfterStart },
      cancellationPolicy: {
        enabled: true,
        limitLatestCancellation: cancellationMinutes > 0,
        latestCancellationInMinutes: cancellationMinutes,
      },
      participantsPolicy: { maxParticipantsPerBooking: service.maxParticipantsPerBooking },
    },
    schedule: {
      id: service.scheduleId,
      availabilityConstraints: { sessionDurations: [service.durationMinutes] },
    },
    revision: '1',
  }
}

/** Service Options and Variants in REST shape: its one CUSTOM option and a variant (with its price) per choice. */
export function toWixServiceOptionsAndVariants(
  service: DemoService & { variants: DemoServiceVariants },
): Record<string, unknown> {
  const { variants } = service
  const range = prices(variants)
  return {
    id: variants.id,
    serviceId: service.id,
    options: {
      values: [
        {
          id: variants.optionId,
          type: 'CUSTOM',
          customData: { name: variants.optionName, choices: variants.choices.map((c) => c.name) },
        },
      ],
    },
    variants: {
      values: variants.choices.map((choice) => ({
        choices: [{ custom: choice.name, optionId: variants.optionId }],
        price: money(choice.price),
      })),
    },
    minPrice: money(range.min),
    maxPrice: money(range.max),
    revision: '1',
  }
}

export function hasVariants(
  service: DemoService,
): service is DemoService & { variants: DemoServiceVariants } {
  return service.variants !== undefined
}
