import { z } from 'zod'

export const connectivityStateSchema = z.enum(['unknown', 'online', 'offline'])

export const connectivityStatusSchema = z.object({
  state: connectivityStateSchema,
  /** When the current state began (ISO 8601), or null before the first check. */
  since: z.iso.datetime().nullable(),
  /** When main last looked (ISO 8601). */
  checkedAt: z.iso.datetime().nullable(),
  /** Why main thinks so, in words a person can read, e.g. "No network connection". */
  reason: z.string().nullable(),
})

export type ConnectivityState = z.infer<typeof connectivityStateSchema>
export type ConnectivityStatus = z.infer<typeof connectivityStatusSchema>
