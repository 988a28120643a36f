import type { CalendarEvent } from '@shared/wix/event'
import { eventOccupancy, remainingCapacity } from './capacity'
import type { DemoEvent } from './model'
import { WIX_BOOKINGS_APP_ID } from './query/event-fields'
import type { DemoStore } from './store'
import { formatLocalDateTime } from '@shared/domain/wall-clock'
import { STAFF_RESOURCE_TYPE_ID } from '@shared/wix/staff-resource'

/**
 * A session as Calendar Events V3 returns it. Capacity is computed from the bookings at read time:
 * `participants.total` = participants of CONFIRMED + PENDING bookings, `remainingCapacity` =
 * totalCapacity − participants.total (never below 0).
 *
 * The waitlist: a V3 event has no waitlist field. The demo puts the waiting participants under
 * `extendedFields.namespaces["@rollcall/demo-site"].waitingList.total` — where Wix keeps app-specific data —
 * purely as a debugging aid; a real site never sends it, so the app must count WAITING_LIST bookings itself.
 */
export const DEMO_EXTENDED_FIELDS_NAMESPACE = '@rollcall/demo-site'

export function toCalendarEvent(store: DemoStore, event: DemoEvent, requestTimeZone?: string): CalendarEvent {
  const occupancy = eventOccupancy(store, event)
  const staff = store.staff.get(event.staffId)
  const location = store.locations.get(event.locationId)
  const adjustedZone = requestTimeZone ?? event.timeZone
  const zoned = (ms: number) => ({
    localDate: formatLocalDateTime(ms, event.timeZone),
    timeZone: event.timeZone,
    utcDate: new Date(ms).toISOString(),
  })
  return {
    id: event.id,
    scheduleId: event.scheduleId,
    externalScheduleId: event.serviceId,
    scheduleName: store.services.get(event.serviceId)?.name ?? event.title,
    title: event.title,
    type: event.kind,
    status: event.status,
    recurrenceType: event.recurrenceType,
    recurringEventId: event.recurringEventId ?? null,
    start: zoned(event.startMs),
    end: zoned(event.endMs),
    adjustedStart: { localDate: formatLocalDateTime(event.startMs, adjustedZone), timeZone: adjustedZone },
    adjustedEnd: { localDate: formatLocalDateTime(event.endMs, adjustedZone), timeZone: adjustedZone },
    timeZone: event.timeZone,
    allDay: false,
    location: location
      ? {
          id: location.id,
          type: location.eventLocationType,
          name: location.name,
          address: location.formattedAddress,
        }
      : null,
    // GUESS: Calendar V3 `resources[].type` is in no installed SDK; the demo gives the staff resource-type id,
    // as Bookings does for a booked resource (the desk also reads the word STAFF: shared/wix/staff-resource.ts).
    resources: staff
      ? [
          {
            id: staff.id,
            name: staff.name,
            type: STAFF_RESOURCE_TYPE_ID,
            transparency: 'BUSY',
            permissionRole: 'WRITER',
          },
        ]
      : [],
    totalCapacity: event.totalCapacity,
    remainingCapacity: remainingCapacity(event, occupancy),
    participants: { total: occupancy.participants, hasMore: false },
    transparency: 'BUSY',
    appId: WIX_BOOKINGS_APP_ID,
    revision: String(event.revision),
    createdDate: event.createdDate,
    updatedDate: event.updatedDate,
    extendedFields: {
      namespaces: { [DEMO_EXTENDED_FIELDS_NAMESPACE]: { waitingList: { total: occupancy.waitingList } } },
    },
  }
}
