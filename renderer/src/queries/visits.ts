import { visitOf } from '@shared/domain/booking-lifecycle'
import type { BusinessDay } from '@shared/domain/business-day'
import type { BookingRow } from '../db/rows'
import { rowsWithAnyOf } from '../db/rows-with-any-of'
import type { RollcallDb } from '../db/schema'

/**
 * Multi-service visits (issue 19 case 4): the single-service bookings sharing a `multiServiceBookingInfo.id`
 * (`visitOf`) are one visit — "Massage then Facial" — shown as one and, where Wix allows an action only on
 * the whole, acted on as one. The store keeps no index on the visit id (no schema change for it): a visit's
 * parts are read from the days they fall on, which every caller here knows.
 */

/** The visit a booking row is part of, read from the server's copy (a walk-in is never part of one). */
export function visitIdOf(row: Pick<BookingRow, 'server'>): string | null {
  return row.server ? (visitOf(row.server.booking)?.id ?? null) : null
}

const byStart = (a: BookingRow, b: BookingRow) =>
  a.startUtc.localeCompare(b.startUtc) || a.id.localeCompare(b.id)

/**
 * The parts of a visit, in the order they happen (by start). `days`: the business days to look on (a part's
 * own day is enough for a visit on one day, as Wix books them); without it the whole store is read, which
 * suits an action (one call), not a screen's row.
 */
export async function visitParts(
  db: RollcallDb,
  visitId: string,
  days?: readonly BusinessDay[],
): Promise<BookingRow[]> {
  const rows = days
    ? (await rowsWithAnyOf(db, db.bookings, 'day', days)).filter((row) => visitIdOf(row) === visitId)
    : await db.bookings.filter((row) => visitIdOf(row) === visitId).toArray()
  return rows.sort(byStart)
}

/** One visit as a fact on each of its parts' rows: "Massage then Facial, 2 of 2". */
export interface VisitFacts {
  id: string
  /** What each part is (its service), in the order they happen. */
  names: string[]
  /** This part's place in the visit, from 1. */
  position: number
  total: number
  /** Sequential visits read "then"; parallel and separate ones "and". */
  sequential: boolean
}

/** What the desk calls a part of a visit: the booked service's title, else its session's, else "A service". */
export function partName(row: BookingRow, sessionTitle?: string | null): string {
  return row.server?.booking.bookedEntity.title?.trim() || sessionTitle?.trim() || 'A service'
}

/**
 * The visits of the given rows, keyed by booking id: every part of each visit is read from the rows' own days.
 * Rows on their own (no visit) are not in the map. `titles`: session titles by event id, for a part whose
 * booking has no title.
 */
export async function visitsOf(
  db: RollcallDb,
  rows: readonly BookingRow[],
  titles: ReadonlyMap<string, string> = new Map(),
): Promise<Map<string, VisitFacts>> {
  const result = new Map<string, VisitFacts>()
  const ids = new Set(rows.flatMap((row) => visitIdOf(row) ?? []))
  if (!ids.size) return result
  const days = [...new Set(rows.filter((row) => visitIdOf(row)).map((row) => row.day))]
  // The days' rows in a getAll each, filtered here (see rowsWithAnyOf: not a cursor, which a live screen would
  // wake for nearly every batch a first sync stores).
  const all = (await rowsWithAnyOf(db, db.bookings, 'day', days)).filter((row) =>
    ids.has(visitIdOf(row) ?? ''),
  )
  const byVisit = new Map<string, BookingRow[]>()
  for (const row of all) {
    const id = visitIdOf(row)
    if (id) byVisit.set(id, [...(byVisit.get(id) ?? []), row])
  }
  for (const [id, parts] of byVisit) {
    parts.sort(byStart)
    const names = parts.map((part) => partName(part, part.eventId ? titles.get(part.eventId) : null))
    const type = parts[0]?.server?.booking.multiServiceBookingInfo?.type
    parts.forEach((part, index) =>
      result.set(part.id, {
        id,
        names,
        position: index + 1,
        total: parts.length,
        sequential: type === undefined || type === 'SEQUENTIAL_BOOKINGS',
      }),
    )
  }
  return result
}

/** "Massage then Facial, 2 of 2". */
export function visitWords(visit: VisitFacts): string {
  return `${visit.names.join(visit.sequential ? ' then ' : ' and ')}, ${visit.position} of ${visit.total}`
}
