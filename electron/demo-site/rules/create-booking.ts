import type { Booking, BookedEntity, ContactDetails } from '@shared/wix/booking'
import type { SelectedPaymentOption } from '@shared/wix/booking-enums'
import { buildBooking, requestEntityFor, scheduleEntityFor, slotEntityFor } from '../booking-factory'
import { fitsInSessions } from '../capacity'
import { BUSINESS_RULE_STATUS, applicationError, invalidField } from '../http/wix-error'
import type { DemoEvent, DemoService } from '../model'
import { resolveAppointmentSlot, type AppointmentSlotInput } from './appointment-slot'
import {
  assertBookingPolicy,
  assertPaymentOption,
  resolveParticipants,
  statusAfterBusinessConfirmation,
  type RequestedServiceChoices,
} from './service-terms'
import type { WriteContext } from './write-context'

/**
 * Create Booking (walk-ins). A class session is booked by `bookedEntity.slot.eventId` (Wix derives the
 * rest), a course by `bookedEntity.schedule.scheduleId`, an appointment by a full slot (service, start, end,
 * staff resource) which creates its calendar event. Unless `skipAvailabilityValidation`, the session must
 * not be over and the party must fit: 428 SLOT_NOT_AVAILABLE / SESSION_CAPACITY_EXCEEDED (courses:
 * SCHEDULE_CAPACITY_EXCEEDED). Status defaults to CREATED, like Wix. Every booking is created with
 * `paymentStatus: UNDEFINED` whatever the request says (SDK-B createBooking: "ignoring the payment status you
 * specify"); Wix moves it later (an eCommerce order, or Confirm/Decline with a payment status).
 * The service has its say first (rules/service-terms.ts): participants by variant when it has variants, a
 * payment option it offers, its booking policy (which no flag skips), and its business confirmation.
 */
export interface CreateBookingInput {
  slot?: AppointmentSlotInput & { eventId?: string }
  schedule?: { scheduleId: string; serviceId?: string }
  contactDetails: ContactDetails
  /** One of totalParticipants (a service without variants; default 1) or serviceChoices (one with variants). */
  totalParticipants?: number
  serviceChoices?: RequestedServiceChoices[]
  status: 'CREATED' | 'CONFIRMED' | 'PENDING' | 'WAITING_LIST'
  externalUserId?: string
  selectedPaymentOption?: SelectedPaymentOption
  skipAvailabilityValidation: boolean
  skipSelectedPaymentOptionValidation?: boolean
  skipBusinessConfirmation?: boolean
}

interface Target {
  entity: BookedEntity
  service: DemoService
  /** Sessions whose capacity the booking takes (course: those not over yet). */
  sessions: DemoEvent[]
  startMs: number
  endMs: number
  newEvent?: DemoEvent
  capacityCode: 'SESSION_CAPACITY_EXCEEDED' | 'SCHEDULE_CAPACITY_EXCEEDED'
}

function serviceOf(ctx: WriteContext, serviceId: string): DemoService {
  const service = ctx.store.services.get(serviceId)
  // Every session is of one of the studio's services; a missing one is the simulator's own bug.
  if (!service) throw new Error(`demo site: no service ${serviceId}`)
  return service
}

function classTarget(
  ctx: WriteContext,
  slot: NonNullable<CreateBookingInput['slot']>,
  eventId: string,
): Target {
  const event = ctx.store.events.get(eventId)
  if (!event || (event.kind === 'APPOINTMENT' && event.status === 'CANCELLED')) {
    throw applicationError(404, 'SESSION_NOT_FOUND', `Event ${eventId} was not found`, { eventId })
  }
  if (event.kind === 'COURSE') {
    throw invalidField(
      'booking.bookedEntity.slot.eventId',
      'a course is booked as a whole through bookedEntity.schedule.scheduleId',
    )
  }
  if (slot.serviceId && slot.serviceId !== event.serviceId) {
    throw invalidField(
      'booking.bookedEntity.slot.serviceId',
      `does not match the service of event ${eventId}`,
    )
  }
  if (slot.scheduleId && slot.scheduleId !== event.scheduleId) {
    throw invalidField(
      'booking.bookedEntity.slot.scheduleId',
      `does not match the schedule of event ${eventId}`,
    )
  }
  return {
    entity: slotEntityFor(event, ctx.store),
    service: serviceOf(ctx, event.serviceId),
    sessions: [event],
    startMs: event.startMs,
    endMs: event.endMs,
    capacityCode: 'SESSION_CAPACITY_EXCEEDED',
  }
}

function courseTarget(ctx: WriteContext, scheduleId: string): Target {
  const course = [...ctx.store.services.values()].find(
    (s) => s.kind === 'COURSE' && s.scheduleId === scheduleId,
  )
  const sessions = ctx.store.sessionsOfSchedule(scheduleId)
  const first = sessions[0]
  const last = sessions[sessions.length - 1]
  if (!course || !first || !last)
    throw applicationError(404, 'SCHEDULE_NOT_FOUND', `Schedule ${scheduleId} was not found`, { scheduleId })
  return {
    entity: scheduleEntityFor(course, sessions, ctx.store),
    service: course,
    sessions: sessions.filter((e) => e.endMs > ctx.now()),
    startMs: first.startMs,
    endMs: last.endMs,
    capacityCode: 'SCHEDULE_CAPACITY_EXCEEDED',
  }
}

function resolveTarget(ctx: WriteContext, input: CreateBookingInput): Target {
  if (input.schedule) return courseTarget(ctx, input.schedule.scheduleId)
  const slot = input.slot
  if (!slot)
    throw invalidField('booking.bookedEntity', 'one of slot or schedule is required', 'REQUIRED_FIELD')
  if (slot.eventId) return classTarget(ctx, slot, slot.eventId)
  const newEvent = resolveAppointmentSlot(ctx, slot, input.skipAvailabilityValidation)
  return {
    entity: slotEntityFor(newEvent, ctx.store),
    service: serviceOf(ctx, newEvent.serviceId),
    sessions: [newEvent],
    startMs: newEvent.startMs,
    endMs: newEvent.endMs,
    newEvent,
    capacityCode: 'SESSION_CAPACITY_EXCEEDED',
  }
}

function assertAvailable(ctx: WriteContext, target: Target, participants: number): void {
  const over =
    target.sessions.length === 0 ||
    target.sessions.some((e) => e.status === 'CANCELLED' || e.endMs <= ctx.now())
  if (over)
    throw applicationError(
      BUSINESS_RULE_STATUS,
      'SLOT_NOT_AVAILABLE',
      'The session is over or no longer on the calendar',
      {},
    )
  if (!fitsInSessions(ctx.store, target.sessions, participants)) {
    throw applicationError(
      BUSINESS_RULE_STATUS,
      target.capacityCode,
      `Not enough open spots for ${participants} participant(s)`,
      {
        requestedParticipants: participants,
      },
    )
  }
}

export function createBooking(ctx: WriteContext, input: CreateBookingInput): Booking {
  const target = resolveTarget(ctx, input)
  const { service } = target
  const waitlist = input.status === 'WAITING_LIST'
  // GUESS: the order of the refusals — a session over or full first, then the participants' variants, then
  // the booking policy, then the payment option; Wix documents none.
  const requested =
    input.totalParticipants ??
    (input.serviceChoices ?? []).reduce((sum, c) => sum + c.numberOfParticipants, 0)
  if (!input.skipAvailabilityValidation && !waitlist) assertAvailable(ctx, target, Math.max(1, requested))
  const participants = resolveParticipants(service, input.totalParticipants, input.serviceChoices)
  assertBookingPolicy(
    service,
    { startMs: target.startMs, participants: participants.totalParticipants, waitlist },
    ctx.now(),
  )
  assertPaymentOption(
    service,
    input.selectedPaymentOption,
    input.skipSelectedPaymentOptionValidation === true,
  )
  const status = statusAfterBusinessConfirmation(
    service,
    input.status,
    input.skipBusinessConfirmation === true,
  )
  // An appointment is on the calendar only once CONFIRMED (§8 C4): a request (PENDING) or an unfinished
  // checkout (CREATED) keeps its slot without an event until it is confirmed.
  const onCalendar = status === 'CONFIRMED'
  if (target.newEvent && onCalendar) ctx.store.putEvent(target.newEvent)
  const now = ctx.now()
  const booking = buildBooking({
    id: ctx.newId(),
    bookedEntity:
      target.newEvent && !onCalendar ? requestEntityFor(target.newEvent, ctx.store) : target.entity,
    startMs: target.startMs,
    endMs: target.endMs,
    status,
    totalParticipants: participants.totalParticipants,
    participantsChoices: participants.serviceChoices,
    contactDetails: { ...input.contactDetails, contactId: input.contactDetails.contactId ?? ctx.newId() },
    paymentStatus: 'UNDEFINED',
    selectedPaymentOption: input.selectedPaymentOption ?? 'UNDEFINED',
    createdMs: now,
    updatedMs: now,
    revision: 1,
    externalUserId: input.externalUserId,
  })
  ctx.store.putBooking(booking)
  return booking
}
