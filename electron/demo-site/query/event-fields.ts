import { eventOccupancy, remainingCapacity } from '../capacity'
import type { DemoEvent } from '../model'
import type { DemoStore } from '../store'
import { EQUALITY_OPERATORS, NUMERIC_OPERATORS, type QueryFieldTable } from './fields'

/**
 * Calendar Events V3 query fields (electron/main/wix/README.md, "Sessions"): scheduleId, externalScheduleId,
 * type, recurringEventId, appId (`$eq $in`; the docs list `eq`/`in`, we also accept `$ne`), capacity figures
 * (numeric). Dates are never filtered here — they go in fromLocalDate/toLocalDate. Sorting: `start` only.
 */
export const WIX_BOOKINGS_APP_ID = '13d21c63-b5ec-5912-8397-c3a5ddb27a97'

export function eventQueryFields(store: DemoStore): QueryFieldTable<DemoEvent> {
  const occupancy = (e: DemoEvent) => eventOccupancy(store, e)
  return {
    id: { kind: 'string', operators: [], sortable: true, get: (e) => e.id },
    start: { kind: 'number', operators: [], sortable: true, get: (e) => e.startMs },
    scheduleId: { kind: 'string', operators: EQUALITY_OPERATORS, sortable: false, get: (e) => e.scheduleId },
    externalScheduleId: {
      kind: 'string',
      operators: EQUALITY_OPERATORS,
      sortable: false,
      get: (e) => e.serviceId,
    },
    type: { kind: 'string', operators: EQUALITY_OPERATORS, sortable: false, get: (e) => e.kind },
    recurringEventId: {
      kind: 'string',
      operators: EQUALITY_OPERATORS,
      sortable: false,
      get: (e) => e.recurringEventId,
    },
    appId: { kind: 'string', operators: EQUALITY_OPERATORS, sortable: false, get: () => WIX_BOOKINGS_APP_ID },
    totalCapacity: {
      kind: 'number',
      operators: NUMERIC_OPERATORS,
      sortable: false,
      get: (e) => e.totalCapacity,
    },
    remainingCapacity: {
      kind: 'number',
      operators: NUMERIC_OPERATORS,
      sortable: false,
      get: (e) => remainingCapacity(e, occupancy(e)),
    },
    'participants.total': {
      kind: 'number',
      operators: NUMERIC_OPERATORS,
      sortable: false,
      get: (e) => occupancy(e).participants,
    },
  }
}
