import type { DemoService } from '../model'
import { WIX_BOOKINGS_APP_ID } from './event-fields'
import { BOOLEAN_OPERATORS, SET_OPERATORS, type QueryFieldTable } from './fields'

/**
 * Query Services fields: those the SDK's `ServicesQueryBuilder` filters on (`eq`, `ne`, `in`) that the demo
 * business has — id, appId, type, name, hidden, the payment options, online booking — plus `schedule.id`.
 * `createdDate` (the default sort, SDK queryServices) is the order the studio's services were made in.
 */
export function serviceQueryFields(order: ReadonlyMap<string, number>): QueryFieldTable<DemoService> {
  const flag = (get: (s: DemoService) => boolean) =>
    ({ kind: 'boolean', operators: BOOLEAN_OPERATORS, sortable: true, get }) as const
  return {
    id: { kind: 'string', operators: SET_OPERATORS, sortable: true, get: (s) => s.id },
    appId: { kind: 'string', operators: SET_OPERATORS, sortable: true, get: () => WIX_BOOKINGS_APP_ID },
    type: { kind: 'string', operators: SET_OPERATORS, sortable: true, get: (s) => s.kind },
    name: { kind: 'string', operators: SET_OPERATORS, sortable: true, get: (s) => s.name },
    hidden: flag(() => false),
    'payment.options.online': flag((s) => s.payment.online),
    'payment.options.inPerson': flag((s) => s.payment.inPerson),
    'payment.options.pricingPlan': flag((s) => s.payment.pricingPlan),
    'onlineBooking.enabled': flag(() => true),
    'schedule.id': { kind: 'string', operators: SET_OPERATORS, sortable: false, get: (s) => s.scheduleId },
    createdDate: { kind: 'number', operators: [], sortable: true, get: (s) => order.get(s.id) ?? 0 },
  }
}

/** Query Service Options and Variants: by `serviceId` (and the object's own `id`). */
export const serviceOptionsQueryFields: QueryFieldTable<DemoService> = {
  id: { kind: 'string', operators: SET_OPERATORS, sortable: true, get: (s) => s.variants?.id },
  serviceId: { kind: 'string', operators: SET_OPERATORS, sortable: true, get: (s) => s.id },
}
