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

/**
 * Where the app's own update stands: `checking` GitHub releases, `downloading` a newer version in the
 * background, `ready` to install (the desk is asked to restart). `idle` otherwise — and always in development,
 * on the demo site and in the browser.
 */
export const updateStateSchema = z.enum(['idle', 'checking', 'downloading', 'ready'])

export const updateStatusSchema = z.object({
  state: updateStateSchema,
  /** The version being downloaded or ready to install. */
  version: z.string().optional(),
})

/** What main answers when the desk asks to restart into the update: the version it installs. */
export const installUpdateResultSchema = z.object({ version: z.string() })

/** The folder main opened in the system's file manager. */
export const logsFolderSchema = z.object({ path: z.string() })

export type UpdateState = z.infer<typeof updateStateSchema>
export type UpdateStatus = z.infer<typeof updateStatusSchema>
