import {
  formatLocal,
  formatLocalDateTime,
  instantOfLocal,
  isValidTimeZone,
  wallClockOf,
} from '../domain/wall-clock'

/**
 * Where Wix's dates put a record in time, declared once: the schemas require a placeable start (a record
 * without one is set aside), and the desk's row builders place sessions and bookings with the same functions.
 */

/** A start Rollcall can place: the instant, and the wall-clock time in the business's zone. */
export interface Placed {
  /** ISO 8601 in UTC. */
  utc: string
  /** `YYYY-MM-DDThh:mm:ss` where it happens (its first 10 characters are its business day). */
  local: string
}

interface ZonedDateLike {
  localDate?: string | null | undefined
  timeZone?: string | null | undefined
  utcDate?: string | null | undefined
}

/**
 * A Calendar V3 ZonedDate placed. Every field of it is optional in Wix's definition: `utcDate` gives the
 * instant where it is sent, else the local date-time read in its zone (its own, else `fallbackZone`, the
 * event's); the wall-clock time is the local date-time's, else the instant's in that zone. Undefined when they
 * do not give both.
 */
export function placeZonedDate(
  zoned: ZonedDateLike | null | undefined,
  fallbackZone?: string | null,
): Placed | undefined {
  if (!zoned) return undefined
  const zone = [zoned.timeZone, fallbackZone].find((z): z is string => !!z && isValidTimeZone(z))
  const statedMs = zoned.utcDate ? Date.parse(zoned.utcDate) : Number.NaN
  const ms = Number.isNaN(statedMs)
    ? zoned.localDate
      ? instantOfLocal(zoned.localDate, zone)
      : undefined
    : statedMs
  if (ms === undefined) return undefined
  const wall = zoned.localDate ? wallClockOf(zoned.localDate) : undefined
  const local = wall ? formatLocal(wall) : zone ? formatLocalDateTime(ms, zone) : undefined
  return local === undefined ? undefined : { utc: new Date(ms).toISOString(), local }
}

interface BookingDatesLike {
  startDate?: string | null | undefined
  bookedEntity?:
    | {
        slot?:
          { startDate?: string | null | undefined; timezone?: string | null | undefined } | null | undefined
        schedule?:
          | { firstSessionStart?: string | null | undefined; timezone?: string | null | undefined }
          | null
          | undefined
      }
    | null
    | undefined
}

/**
 * The instant a booking starts (ISO, UTC): Wix's `startDate` where it sends a valid one (the SDK marks it
 * optional), else its slot's start — or a course's first session — read in the zone it was booked in. Slot
 * dates come as `…T09:00:00`, `…T09:00:00:000` or `…T09:00:00:000-05:00` (SDK-B BookedSlot.startDate).
 */
export function bookingStartUtc(booking: BookingDatesLike): string | undefined {
  const stated = booking.startDate ? Date.parse(booking.startDate) : Number.NaN
  if (!Number.isNaN(stated)) return new Date(stated).toISOString()
  const { slot, schedule } = booking.bookedEntity ?? {}
  const local = slot?.startDate ?? schedule?.firstSessionStart
  const zone = slot?.startDate ? slot.timezone : schedule?.timezone
  const ms = local ? instantOfLocal(local, zone) : undefined
  return ms === undefined ? undefined : new Date(ms).toISOString()
}
