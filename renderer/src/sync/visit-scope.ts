import { visitOf } from '@shared/domain/booking-lifecycle'
import type { BookingRow } from '../db/rows'
import type { RollcallDb } from '../db/schema'
import { visitParts } from '../queries/visits'
import type { VisitScope } from './intents'

/**
 * THE place where "whole visit or single booking" is decided (issue 19 case 4): a confirm, decline or cancel
 * of a booking that is part of a multi-service booking (`visitOf`) acts on the whole visit — one outbox
 * entry with `visit`, sent through the multi-service endpoints with every part's revision — because Wix
 * refuses it on a part (`NOT_ALLOWED_TO_UPDATE_BOOKING_IN_MULTI_SERVICE_BOOKING`). A booking on its own is
 * acted on alone. Null: a single booking.
 *
 * The parts are the visit's bookings in the store (read from the part's own day: Wix books a visit on one
 * day). The one the desk acted on is always among them, even if the store has not yet heard of the others.
 */
export async function visitScopeOf(db: RollcallDb, row: BookingRow): Promise<VisitScope | null> {
  const visit = row.server ? visitOf(row.server.booking) : null
  if (!visit) return null
  const parts = await visitParts(db, visit.id, [row.day])
  const bookingIds = [...new Set([row.id, ...parts.map((part) => part.id)])]
  return { visitId: visit.id, bookingIds }
}

/** Why a booking cannot be moved on its own: Wix reschedules a multi-service visit only as a whole. */
export function visitMoveRefusal(person: string): string {
  return `${person}'s booking is one part of a multi-service visit. Wix moves a visit only as a whole, so reschedule it in Wix.`
}
