import { BUSINESS_RULE_STATUS, applicationError, invalidField } from '../http/wix-error'
import type { DemoEvent } from '../model'
import { localToUtcMs, parseLocalDateTime } from '@shared/domain/wall-clock'
import type { WriteContext } from './write-context'

/**
 * An appointment booked by its full slot: service + start + end + the staff member (`resource.id`).
 * The staff member must be free unless availability validation is skipped (428 SLOT_NOT_AVAILABLE).
 */
export interface AppointmentSlotInput {
  serviceId?: string
  scheduleId?: string
  startDate?: string
  endDate?: string
  timezone?: string
  resource?: { id?: string }
  location?: { id?: string }
}

const HAS_OFFSET = /(Z|[+-]\d{2}:\d{2})$/

function instantOf(text: string | undefined, timeZone: string, field: string): number {
  if (!text) throw invalidField(field, 'required for an appointment booked without eventId', 'REQUIRED_FIELD')
  if (HAS_OFFSET.test(text)) {
    const ms = Date.parse(text)
    if (!Number.isNaN(ms)) return ms
  }
  const local = parseLocalDateTime(text)
  if (!local) throw invalidField(field, 'expected an ISO 8601 date-time', 'FORMAT')
  return localToUtcMs(local, timeZone)
}

export function resolveAppointmentSlot(
  ctx: WriteContext,
  slot: AppointmentSlotInput,
  skipAvailability: boolean,
): DemoEvent {
  const at = 'booking.bookedEntity.slot'
  const service = ctx.store.services.get(slot.serviceId ?? '')
  if (!service)
    throw invalidField(
      `${at}.serviceId`,
      'unknown service; a class session is booked by eventId',
      'REQUIRED_FIELD',
    )
  if (service.kind !== 'APPOINTMENT')
    throw invalidField(
      `${at}.eventId`,
      `${service.name} is booked by its session's eventId`,
      'REQUIRED_FIELD',
    )
  const timeZone = slot.timezone ?? ctx.store.timeZone
  const startMs = instantOf(slot.startDate, timeZone, `${at}.startDate`)
  const endMs = instantOf(slot.endDate, timeZone, `${at}.endDate`)
  if (endMs <= startMs) throw invalidField(`${at}.endDate`, 'must be after startDate')
  const staff = ctx.store.staff.get(slot.resource?.id ?? '')
  if (!staff)
    throw invalidField(
      `${at}.resource.id`,
      'the staff member is required for an appointment',
      'REQUIRED_FIELD',
    )
  const locationId =
    slot.location?.id && ctx.store.locations.has(slot.location.id)
      ? slot.location.id
      : ([...ctx.store.locations.keys()][0] ?? '')
  if (!skipAvailability) {
    for (const event of ctx.store.events.values()) {
      if (
        event.staffId === staff.id &&
        event.status !== 'CANCELLED' &&
        event.startMs < endMs &&
        event.endMs > startMs
      ) {
        throw applicationError(
          BUSINESS_RULE_STATUS,
          'SLOT_NOT_AVAILABLE',
          `${staff.name} is not available at that time`,
          {
            resourceId: staff.id,
          },
        )
      }
    }
  }
  const nowIso = new Date(ctx.now()).toISOString()
  return {
    id: ctx.newId(),
    serviceId: service.id,
    scheduleId: service.scheduleId,
    kind: 'APPOINTMENT',
    title: service.name,
    startMs,
    endMs,
    timeZone,
    staffId: staff.id,
    locationId,
    totalCapacity: 1,
    status: 'CONFIRMED',
    recurrenceType: 'NONE',
    revision: 1,
    createdDate: nowIso,
    updatedDate: nowIso,
  }
}
