import type { RollcallDb } from '../../db/schema'

/**
 * The bookings with a change Wix refused or could not take (waiting under Needs attention), so a row can
 * say why it does not show what the desk did.
 */
export async function bookingsNeedingAttention(db: RollcallDb): Promise<ReadonlySet<string>> {
  const entries = await db.outbox.where('state').anyOf('conflict', 'failed').toArray()
  return new Set(entries.map((entry) => entry.bookingId))
}
