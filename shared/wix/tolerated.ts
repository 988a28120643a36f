import type { z } from 'zod'

/**
 * A field Rollcall can work without: absent, null, or malformed all read as absent, so one odd value never
 * rejects the record that carries it (issue 17). Only what Rollcall cannot work without stays strict.
 */
export function tolerated<T extends z.ZodType>(schema: T) {
  return schema.nullish().catch(undefined)
}
