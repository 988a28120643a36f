import { z } from 'zod'
import { isoInstantSchema, localDateTimeSchema } from './dates'
import { pagingMetadataSchema } from './paging'
import { placeZonedDate } from './placement'
import { tolerated } from './tolerated'

/**
 * Calendar Events V3 event (sessions of classes, appointments and courses). The nested shapes are only
 * partly documented (electron/main/wix/README.md, "Sessions"), so everything beyond the essentials — an id,
 * a schedule and a start Rollcall can place — is `tolerated` (absent, null or malformed reads as absent) and
 * every object is loose. An event without the essentials is set aside by the reader.
 */

/**
 * `{ localDate: "2026-03-02T09:00:00", timeZone: "America/Chicago", utcDate: "2026-03-02T15:00:00.000Z" }`.
 * Every field is optional in Wix's definition; `placeZonedDate` (./placement.ts) places what is there.
 */
export const zonedDateSchema = z.looseObject({
  localDate: tolerated(localDateTimeSchema),
  timeZone: tolerated(z.string().min(1)),
  utcDate: tolerated(isoInstantSchema),
})
export type ZonedDate = z.infer<typeof zonedDateSchema>

/** Known values; the schema accepts any string so a new Wix type is not a bad response. */
export const calendarEventTypes = ['APPOINTMENT', 'CLASS', 'COURSE', 'WORKING_HOURS'] as const
export const calendarEventStatuses = ['CONFIRMED', 'CANCELLED'] as const

export const eventResourceSchema = z.looseObject({
  id: tolerated(z.string()),
  name: tolerated(z.string()),
  type: tolerated(z.string()),
  transparency: tolerated(z.string()),
  permissionRole: tolerated(z.string()),
})
export type EventResource = z.infer<typeof eventResourceSchema>

export const eventLocationSchema = z.looseObject({
  id: tolerated(z.string()),
  /** BUSINESS / CUSTOMER / CUSTOM. */
  type: tolerated(z.string()),
  name: tolerated(z.string()),
  address: tolerated(z.string()),
})
export type EventLocation = z.infer<typeof eventLocationSchema>

export const eventParticipantsSchema = z.looseObject({
  /** Participants currently holding a spot (sum of party sizes). */
  total: tolerated(z.number().int().nonnegative()),
  hasMore: tolerated(z.boolean()),
})
export type EventParticipants = z.infer<typeof eventParticipantsSchema>

export const calendarEventSchema = z
  .looseObject({
    id: z.string().min(1),
    scheduleId: z.string().min(1),
    /** For Wix Bookings, the service id. */
    externalScheduleId: tolerated(z.string()),
    scheduleName: tolerated(z.string()),
    title: tolerated(z.string()),
    /** A `calendarEventTypes` value, or one Wix added since (null reads as absent, as with `tolerated`). */
    type: z.string().optional().catch(undefined),
    status: z.string().optional().catch(undefined),
    recurrenceType: tolerated(z.string()),
    recurringEventId: tolerated(z.string()),
    start: zonedDateSchema,
    end: tolerated(zonedDateSchema),
    adjustedStart: tolerated(zonedDateSchema),
    adjustedEnd: tolerated(zonedDateSchema),
    timeZone: tolerated(z.string()),
    allDay: tolerated(z.boolean()),
    location: tolerated(eventLocationSchema),
    resources: tolerated(z.array(eventResourceSchema)),
    totalCapacity: tolerated(z.number().int().nonnegative()),
    /** Negative on an overbooked session (more booked than its capacity). */
    remainingCapacity: tolerated(z.number().int()),
    participants: tolerated(eventParticipantsSchema),
    transparency: tolerated(z.string()),
    appId: tolerated(z.string()),
    revision: tolerated(z.string()),
    createdDate: tolerated(isoInstantSchema),
    updatedDate: tolerated(isoInstantSchema),
  })
  .refine((event) => placeZonedDate(event.start, event.timeZone) !== undefined, {
    path: ['start'],
    message: 'a session needs a start: a local date-time with its time zone, or a UTC date',
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
