import { z } from 'zod'

export const siteModeSchema = z.enum(['demo', 'wix'])

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  /** Runtime versions, e.g. `{ electron: '45.4.1', chrome: '…', node: '…' }`. */
  versions: z.record(z.string(), z.string()),
  site: z.object({
    mode: siteModeSchema,
    businessName: z.string().min(1),
    /** IANA time zone of the business: "today" at the desk is today there, not on the PC. */
    timeZone: z.string().min(1),
  }),
})

export type AppInfo = z.infer<typeof appInfoSchema>
export type SiteMode = z.infer<typeof siteModeSchema>
