import { z } from 'zod'

/**
 * Records the demo site serves out of its usual shape, for tests of how Rollcall meets what Wix's definitions
 * allow but the demo site never produces on its own (issue 17): a booking without a revision, a status Wix
 * added later, a slot date as `…T09:00:00:000-05:00`, a session without a `localDate`. The stored record is
 * untouched — the site's own rules still see it whole; only what the read APIs answer for it is edited
 * (Query Extended Bookings for a booking, Query Events and List Events for a session). Cleared on reset.
 *
 * Edits name fields by dotted path from the booking (`bookedEntity.slot.startDate`) or the event
 * (`start.localDate`): `set` gives a field a value (objects on the way are created), `remove` deletes it.
 */
export const oddRecordSpecSchema = z
  .object({
    bookingId: z.string().min(1).optional(),
    eventId: z.string().min(1).optional(),
    set: z.record(z.string().min(1), z.unknown()).optional(),
    remove: z.array(z.string().min(1)).optional(),
  })
  .refine((spec) => !spec.bookingId !== !spec.eventId, {
    message: 'give exactly one of bookingId or eventId',
  })
export type OddRecordSpec = z.infer<typeof oddRecordSpecSchema>

type Edits = Pick<OddRecordSpec, 'set' | 'remove'>
type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function parentOf(root: Json, path: string, create: boolean): [Json, string] | undefined {
  const keys = path.split('.')
  const last = keys.pop() ?? ''
  let node: Json = root
  for (const key of keys) {
    if (!isObject(node[key])) {
      if (!create) return undefined
      node[key] = {}
    }
    node = node[key] as Json
  }
  return [node, last]
}

/** A copy of `record` with the edits applied. */
export function applyEdits<T>(record: T, edits: Edits): T {
  const copy = structuredClone(record) as Json
  for (const path of edits.remove ?? []) {
    const found = parentOf(copy, path, false)
    if (found) delete found[0][found[1]]
  }
  for (const [path, value] of Object.entries(edits.set ?? {})) {
    const found = parentOf(copy, path, true)
    if (found) found[0][found[1]] = structuredClone(value)
  }
  return copy as T
}

export class OddRecords {
  private readonly bookings = new Map<string, Edits>()
  private readonly events = new Map<string, Edits>()

  add(spec: OddRecordSpec): void {
    const edits = { ...(spec.set ? { set: spec.set } : {}), ...(spec.remove ? { remove: spec.remove } : {}) }
    if (spec.bookingId) this.bookings.set(spec.bookingId, edits)
    if (spec.eventId) this.events.set(spec.eventId, edits)
  }

  clear(): void {
    this.bookings.clear()
    this.events.clear()
  }

  /** An extended booking as served: its `booking` edited when it was made odd. */
  servedBooking<T extends { booking: { id: string } }>(extended: T): T {
    const edits = this.bookings.get(extended.booking.id)
    return edits ? { ...extended, booking: applyEdits(extended.booking, edits) } : extended
  }

  /** An event as served. */
  servedEvent<T extends { id: string }>(event: T): T {
    const edits = this.events.get(event.id)
    return edits ? applyEdits(event, edits) : event
  }
}
