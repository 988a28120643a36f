import type { Booking, BookedEntity, BookedLocation, ContactDetails } from '@shared/wix/booking'
import type { BookingStatus, PaymentStatus, SelectedPaymentOption } from '@shared/wix/booking-enums'
import type { DemoEvent, DemoLocation, DemoService, DemoStaff } from './model'
import { formatLocalWithOffset } from '@shared/domain/wall-clock'
import { STAFF_RESOURCE_TYPE_ID } from '@shared/wix/staff-resource'

/** Lookups a booking needs to be rendered with the names Wix denormalizes onto it. */
export interface DemoCatalog {
  services: ReadonlyMap<string, DemoService>
  staff: ReadonlyMap<string, DemoStaff>
  locations: ReadonlyMap<string, DemoLocation>
}

function bookedLocation(location: DemoLocation | undefined): BookedLocation | undefined {
  if (!location) return undefined
  return {
    id: location.id,
    name: location.name,
    formattedAddress: location.formattedAddress,
    locationType: location.locationType,
  }
}

/** `bookedEntity` for a class or appointment session: Wix derives everything from the event. */
export function slotEntityFor(event: DemoEvent, catalog: DemoCatalog): BookedEntity {
  const staff = catalog.staff.get(event.staffId)
  return {
    title: event.title,
    tags: [event.kind === 'APPOINTMENT' ? 'INDIVIDUAL' : 'GROUP'],
    slot: {
      serviceId: event.serviceId,
      scheduleId: event.scheduleId,
      eventId: event.id,
      startDate: formatLocalWithOffset(event.startMs, event.timeZone),
      endDate: formatLocalWithOffset(event.endMs, event.timeZone),
      timezone: event.timeZone,
      resource: staff
        ? {
            id: staff.id,
            name: staff.name,
            email: staff.email,
            scheduleId: staff.scheduleId,
            type: STAFF_RESOURCE_TYPE_ID,
          }
        : undefined,
      location: bookedLocation(catalog.locations.get(event.locationId)),
    },
  }
}

/**
 * `bookedEntity` of an appointment request Wix has not put on the calendar yet: the slot (service, schedule,
 * times, zone, staff, location) without `eventId`, which Wix fills only when the booking turns CONFIRMED
 * (SDK-B ~332, ../shared/wix-bookings-api.md §8 C4).
 */
export function requestEntityFor(event: DemoEvent, catalog: DemoCatalog): BookedEntity {
  const entity = slotEntityFor(event, catalog)
  const { eventId: _placed, ...slot } = entity.slot ?? {}
  return { ...entity, slot }
}

/**
 * `bookedEntity` for a course: the whole schedule, no event id (electron/main/wix/README.md,
 * "Reading bookings").
 */
export function scheduleEntityFor(
  course: DemoService,
  sessions: readonly DemoEvent[],
  catalog: DemoCatalog,
): BookedEntity {
  const first = sessions[0]
  const last = sessions[sessions.length - 1]
  const timeZone = first?.timeZone ?? 'UTC'
  return {
    title: course.name,
    tags: ['COURSE'],
    schedule: {
      scheduleId: course.scheduleId,
      serviceId: course.id,
      location: bookedLocation(first ? catalog.locations.get(first.locationId) : undefined),
      timezone: timeZone,
      firstSessionStart: first ? formatLocalWithOffset(first.startMs, timeZone) : undefined,
      lastSessionEnd: last ? formatLocalWithOffset(last.endMs, timeZone) : undefined,
    },
  }
}

export interface NewBookingFields {
  id: string
  bookedEntity: BookedEntity
  startMs: number
  endMs: number
  status: BookingStatus
  totalParticipants: number
  /** A booking of a service with variants keeps the choices it was made with (beside the total they make). */
  participantsChoices?: ReadonlyArray<{
    numberOfParticipants: number
    choices: ReadonlyArray<{ custom?: string; optionId?: string }>
  }>
  contactDetails: ContactDetails
  paymentStatus: PaymentStatus
  selectedPaymentOption: SelectedPaymentOption
  createdMs: number
  updatedMs: number
  revision: number
  externalUserId?: string
}

/** A booking in Wix REST shape (plain `id`, ISO strings, string revision). */
export function buildBooking(fields: NewBookingFields): Booking {
  const booking: Booking = {
    id: fields.id,
    revision: String(fields.revision),
    status: fields.status,
    paymentStatus: fields.paymentStatus,
    selectedPaymentOption: fields.selectedPaymentOption,
    bookedEntity: fields.bookedEntity,
    contactDetails: fields.contactDetails,
    totalParticipants: fields.totalParticipants,
    createdBy: { contactId: fields.contactDetails.contactId ?? undefined },
    createdDate: new Date(fields.createdMs).toISOString(),
    updatedDate: new Date(fields.updatedMs).toISOString(),
    startDate: new Date(fields.startMs).toISOString(),
    endDate: new Date(fields.endMs).toISOString(),
  }
  if (fields.externalUserId !== undefined) booking.externalUserId = fields.externalUserId
  // GUESS: a booking made with participantsChoices is answered with them and the totalParticipants they make
  // (the SDK's Booking has the two as a one-of; Rollcall reads either).
  if (fields.participantsChoices) {
    booking.participantsChoices = {
      serviceChoices: fields.participantsChoices.map((entry) => ({
        numberOfParticipants: entry.numberOfParticipants,
        choices: entry.choices.map((c) => ({ custom: c.custom, optionId: c.optionId })),
      })),
    }
  }
  return booking
}
