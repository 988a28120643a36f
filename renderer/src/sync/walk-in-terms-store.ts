import type { WalkInTerms } from '@shared/domain/walk-in-terms'
import { walkInTermsListSchema } from '@shared/ipc/services'
import { z } from 'zod'
import type { RollcallDb } from '../db/schema'
import { unwrap, type BookingsGateway } from './gateway'
import type { SetAsideKind } from './set-aside'

/**
 * What each service lets a walk-in be booked with (shared/domain/walk-in-terms.ts), kept in the `syncState`
 * table so walk-ins are built right while offline too. Read again with every full pull; a failed read keeps
 * what was read before (the walk-in form then falls back to sending no payment option, which a custom
 * checkout may do, and `totalParticipants`).
 */
export const WALK_IN_TERMS_KEY = 'walkInTerms'

const storedSchema = z.object({ readAt: z.number(), items: walkInTermsListSchema.shape.items })

export async function readWalkInTerms(db: RollcallDb): Promise<Map<string, WalkInTerms>> {
  const row = await db.syncState.get(WALK_IN_TERMS_KEY)
  const parsed = storedSchema.safeParse(row?.value)
  return new Map(parsed.success ? parsed.data.items.map((terms) => [terms.serviceId, terms]) : [])
}

export async function refreshWalkInTerms(ctx: {
  db: RollcallDb
  gateway: BookingsGateway
  now: () => number
  onSetAside?: (kind: SetAsideKind, count: number) => void
}): Promise<boolean> {
  try {
    const list = await unwrap(ctx.gateway.services.walkInTerms())
    if (list.setAside > 0) ctx.onSetAside?.('services', list.setAside)
    await ctx.db.syncState.put({ key: WALK_IN_TERMS_KEY, value: { readAt: ctx.now(), items: list.items } })
    return true
  } catch (error) {
    // A site whose key may not read services still syncs bookings; walk-ins use the fallback above.
    console.warn('[sync] could not read the services’ walk-in terms; keeping the last ones read', error)
    return false
  }
}
