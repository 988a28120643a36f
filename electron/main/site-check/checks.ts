import type { RecordSample } from '@shared/ipc/site-check'
import { addLocalDays, formatLocal, zonedParts } from '@shared/domain/wall-clock'
import type { PermissionScope } from '@shared/wix/permissions'
import { MAX_ATTENDANCE_PAGE } from '../wix/attendance'
import { MAX_BOOKINGS_PAGE } from '../wix/bookings-reader'
import { MAX_EVENTS_PAGE } from '../wix/calendar'
import type { WixClient } from '../wix/client'
import type { Observations } from './observations'

/** What the checks share as they run, in order: the site's time zone and the ids found so far. */
export interface CheckContext {
  client: WixClient
  /** The check's clock (ms): the window of sessions and bookings read is around it. */
  now: number
  /** The site's time zone once Site Properties said it (UTC until then). */
  timeZone: string
  eventIds: string[]
  /** The start dates of the bookings sampled (ISO), for the range-filter question. */
  bookingStarts: string[]
  observations: Observations
}

/** One read-only check of one API Rollcall uses. Adding a check is adding one entry to `siteChecks`. */
export interface SiteCheckDeclaration {
  /** The API as the desk knows it. */
  name: string
  /** Wix's names of the calls it makes. */
  calls: string[]
  /** The permission a key needs for it (shared/wix/permissions.ts). */
  permission: PermissionScope
  /** Makes the calls; answers the samples of records it read. Throws what the client throws. */
  run(context: CheckContext): Promise<RecordSample[]>
}

const DAY_MS = 24 * 60 * 60 * 1000
/** A placeholder id that names no session: Query Attendance still proves the key may read attendance. */
const NO_SESSION_ID = '00000000-0000-4000-8000-000000000000'
/** Enough to see one page whole and the ids of a few sessions, without spending the site's request budget. */
const IDS_TO_LIST = 5

const unique = (ids: (string | undefined | null)[]): string[] => [
  ...new Set(ids.filter((id): id is string => typeof id === 'string' && id !== '')),
]

/** Every API Rollcall reads, in the order they run (Site Properties first: it gives the time zone). */
export const siteChecks: readonly SiteCheckDeclaration[] = [
  {
    name: 'Site properties',
    calls: ['Get Site Properties'],
    permission: 'siteProperties',
    async run(context) {
      const profile = await context.client.site.profile('UTC')
      context.timeZone = profile.timeZone
      return []
    },
  },
  {
    name: 'Bookings reader',
    calls: ['Query Extended Bookings'],
    permission: 'readBookings',
    async run({ client, observations, eventIds, bookingStarts }) {
      // The bookings changed last (what a sync reads first; any site with bookings has some, whatever the
      // date), then the pending ones (the PENDING question).
      const recent = await client.bookings.page({
        query: { sort: [{ fieldName: 'updatedDate', order: 'DESC' }], limit: MAX_BOOKINGS_PAGE },
      })
      observations.notePage('Query Extended Bookings', 'extendedBookings', MAX_BOOKINGS_PAGE)
      const pending = await client.bookings.page({
        query: {
          filter: { status: { $eq: 'PENDING' } },
          sort: [{ fieldName: 'startDate', order: 'DESC' }],
          limit: MAX_BOOKINGS_PAGE,
        },
      })
      observations.notePage('Query Extended Bookings (pending)', 'extendedBookings', MAX_BOOKINGS_PAGE)
      eventIds.push(...unique(recent.items.map((b) => b.booking.bookedEntity?.slot?.eventId)))
      bookingStarts.push(...unique(recent.items.map((b) => b.booking.startDate)))
      return [
        {
          what: 'bookings',
          read: recent.items.length + pending.items.length,
          setAside: recent.setAside + pending.setAside,
        },
      ]
    },
  },
  {
    name: 'Bookings count',
    calls: ['Count Extended Bookings'],
    permission: 'readBookings',
    async run({ client, now, bookingStarts }) {
      // Three counts tell whether `startDate: { $gte, $lt }` is one filter (both bounds applied) or not:
      // between the earliest and the middle start of the sample, from the earliest on, from the middle on.
      const starts = [...bookingStarts].sort()
      const from = starts[0] ?? new Date(now - DAY_MS).toISOString()
      const until = starts[Math.floor(starts.length / 2)] ?? new Date(now + DAY_MS).toISOString()
      await client.bookings.count({ startDate: { $gte: from, $lt: until } })
      await client.bookings.count({ startDate: { $gte: from } })
      await client.bookings.count({ startDate: { $gte: until } })
      return []
    },
  },
  {
    name: 'Calendar',
    calls: ['Query Events', 'List Events'],
    permission: 'readCalendar',
    async run({ client, now, timeZone, eventIds, observations }) {
      const today = { ...zonedParts(now, timeZone), hour: 0, minute: 0, second: 0 }
      const page = await client.calendar.page({
        window: {
          fromLocalDate: formatLocal(addLocalDays(today, -1)),
          toLocalDate: formatLocal(addLocalDays(today, 7)),
          timeZone,
          limit: MAX_EVENTS_PAGE,
        },
      })
      observations.notePage('Query Events', 'events', MAX_EVENTS_PAGE)
      const ids = unique([...page.items.map((e) => e.id), ...eventIds]).slice(0, IDS_TO_LIST)
      const listed = ids.length ? await client.calendar.byIds(ids) : []
      eventIds.unshift(...page.items.map((e) => e.id))
      return [{ what: 'sessions', read: page.items.length + listed.length, setAside: page.setAside }]
    },
  },
  {
    name: 'Services',
    calls: ['Query Services', 'Query Service Options And Variants'],
    // Any of several scopes reads services; this is the one Rollcall's key has (shared/wix/permissions.ts).
    permission: 'readBookings',
    async run({ client }) {
      const terms = await client.services.walkInTerms()
      return [{ what: 'services', read: terms.items.length, setAside: terms.setAside }]
    },
  },
  {
    name: 'Attendance',
    calls: ['Query Attendance'],
    permission: 'readBookings',
    async run({ client, eventIds, observations }) {
      const ids = unique(eventIds).slice(0, MAX_ATTENDANCE_PAGE)
      const page = await client.attendance.page({ eventIds: ids.length ? ids : [NO_SESSION_ID] })
      observations.notePage('Query Attendance', 'attendances', MAX_ATTENDANCE_PAGE)
      return [{ what: 'attendance records', read: page.items.length, setAside: page.setAside }]
    },
  },
]
