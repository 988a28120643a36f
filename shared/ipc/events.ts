import { z } from 'zod'
import { calendarEventSchema } from '../wix/event'
import { pageOf } from './bookings'

const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/, 'YYYY-MM-DDThh:mm:ss')

/** Sessions between two local times of the business (its time zone is the site's). */
export const eventsQueryInputSchema = z.union([
  z.object({ cursor: z.string().min(1) }).strict(),
  z
    .object({
      fromLocalDate: localDateTime,
      toLocalDate: localDateTime,
      limit: z.number().int().min(1).max(100).optional(),
    })
    .strict(),
])

export const eventsPageSchema = pageOf(calendarEventSchema)
export const eventsByIdsInputSchema = z.object({ ids: z.array(z.string().min(1)).min(1).max(500) })
export const eventsListSchema = z.object({ items: z.array(calendarEventSchema) })
