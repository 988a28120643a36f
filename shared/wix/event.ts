import { z } from 'zod'
import { isoInstantSchema, localDateTimeSchema } from './dates'
import { pagingMetadataSchema } from './paging'

/**
 * Calendar Events V3 event (sessions of classes, appointments and courses). The nested shapes are only
 * partly documented (wix-bookings-api.md §3, open question 4), so everything beyond the essentials is
 * optional and every object is loose.
 */

/** `{ localDate: "2026-03-02T09:00:00", timeZone: "America/Chicago", utcDate: "2026-03-02T15:00:00.000Z" }` */
export const zonedDateSchema = z.looseObject({
  localDate: localDateTimeSchema,
  timeZone: z.string().min(1),
  utcDate: isoInstantSchema.nullish(),
})
export type ZonedDate = z.infer<typeof zonedDateSchema>

/** Known values; the schema accepts any string so a new Wix type is not a bad response. */
export const calendarEventTypes = ['APPOINTMENT', 'CLASS', 'COURSE', 'WORKING_HOURS'] as const
export const calendarEventStatuses = ['CONFIRMED', 'CANCELLED'] as const

export const eventResourceSchema = z.looseObject({
  id: z.string(),
  name: z.string().nullish(),
  type: z.string().nullish(),
  transparency: z.string().nullish(),
  permissionRole: z.string().nullish(),
})
export type EventResource = z.infer<typeof eventResourceSchema>

export const eventLocationSchema = z.looseObject({
  id: z.string().nullish(),
  /** BUSINESS / CUSTOMER / CUSTOM. */
  type: z.string().nullish(),
  name: z.string().nullish(),
  address: z.string().nullish(),
})
export type EventLocation = z.infer<typeof eventLocationSchema>

export const eventParticipantsSchema = z.looseObject({
  /** Participants currently holding a spot (sum of party sizes). */
  total: z.number().int().nonnegative().nullish(),
  hasMore: z.boolean().nullish(),
})
export type EventParticipants = z.infer<typeof eventParticipantsSchema>

export const calendarEventSchema = z.looseObject({
  id: z.string().min(1),
  scheduleId: z.string().min(1),
  /** For Wix Bookings, the service id. */
  externalScheduleId: z.string().nullish(),
  scheduleName: z.string().nullish(),
  title: z.string().nullish(),
  type: z.string(),
  status: z.string(),
  recurrenceType: z.string().nullish(),
  recurringEventId: z.string().nullish(),
  start: zonedDateSchema,
  end: zonedDateSchema,
  adjustedStart: zonedDateSchema.partial().nullish(),
  adjustedEnd: zonedDateSchema.partial().nullish(),
  timeZone: z.string().nullish(),
  allDay: z.boolean().nullish(),
  location: eventLocationSchema.nullish(),
  resources: z.array(eventResourceSchema).nullish(),
  totalCapacity: z.number().int().nonnegative().nullish(),
  remainingCapacity: z.number().int().nonnegative().nullish(),
  participants: eventParticipantsSchema.nullish(),
  transparency: z.string().nullish(),
  appId: z.string().nullish(),
  revision: z.string().nullish(),
  createdDate: isoInstantSchema.nullish(),
  updatedDate: isoInstantSchema.nullish(),
})
export type CalendarEvent = z.infer<typeof calendarEventSchema>

export const queryEventsResponseSchema = z.looseObject({
  events: z.array(calendarEventSchema),
  pagingMetadata: pagingMetadataSchema.optional(),
})
export type QueryEventsResponse = z.infer<typeof queryEventsResponseSchema>

/** `GET /calendar/v3/events?eventIds=…`: unknown ids are simply absent. */
export const listEventsByIdResponseSchema = z.looseObject({ events: z.array(calendarEventSchema) })
export type ListEventsByIdResponse = z.infer<typeof listEventsByIdResponseSchema>

export const eventResponseSchema = z.looseObject({ event: calendarEventSchema })
export type EventResponse = z.infer<typeof eventResponseSchema>
