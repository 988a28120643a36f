import { z } from 'zod'

/** `demo`: the built-in demo site; `wix`: a real Wix site connected with an API key. */
export const siteModeSchema = z.enum(['demo', 'wix'])

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  /** Runtime versions, e.g. `{ electron: '45.4.1', chrome: '…', node: '…' }`. */
  versions: z.record(z.string(), z.string()),
})

export type AppInfo = z.infer<typeof appInfoSchema>
export type SiteMode = z.infer<typeof siteModeSchema>
