import { z } from 'zod'
import { siteModeSchema } from './app'
import {
  cleanPastedCredential,
  foreignCharacter,
  foreignCharacterMessage,
  type CredentialField,
} from './pasted-credentials'

/** Which bookings site Rollcall is working with right now. */
export const siteStatusSchema = z.object({
  mode: siteModeSchema,
  siteId: z.string().min(1),
  businessName: z.string().min(1),
  timeZone: z.string().min(1),
  /** Where the API is: https://www.wixapis.com, or the demo site on 127.0.0.1. */
  apiBaseUrl: z.string().min(1),
  /** Something the desk should know, e.g. saved credentials that could not be read. */
  problem: z.string().nullable(),
  /**
   * Names the local store that holds this site's data: a Wix site keeps its store (and its unsent changes)
   * across restarts and reconnects; the demo site, created anew at each start, gets a new one each time.
   */
  storeKey: z.string().regex(/^[a-z0-9-]{1,80}$/i),
  /**
   * Which API key is in use, without the key: a short digest main derives from it (`keyIdOf`). What the desk
   * learns about a key's permissions (renderer/src/sync/key-permissions.ts) holds only while this is the same:
   * a new key, even for the same site, starts with nothing assumed.
   */
  keyId: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
})

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** A Wix-compatible API: https anywhere, or plain http on this machine only (a demo site started apart). */
export const apiBaseUrlSchema = z.url().refine((value) => {
  // Refinements run even when z.url() has already failed: an unparseable value is that failure, not a throw.
  if (!URL.canParse(value)) return true
  const url = new URL(value)
  return (
    url.protocol === 'https:' ||
    (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname))
  )
}, 'Use an https:// address (or http:// on this computer)')

/**
 * A pasted key or site ID, cleaned of what came along with it (spaces, line breaks, zero-width and bidi
 * characters); a character that still cannot be part of it is refused by name, before any call is made.
 */
function pastedCredential(field: CredentialField) {
  return z
    .string()
    .overwrite(cleanPastedCredential)
    .check((ctx) => {
      const character = foreignCharacter(ctx.value)
      if (character)
        ctx.issues.push({
          code: 'custom',
          message: foreignCharacterMessage(field, character),
          input: ctx.value,
        })
    })
}

export const siteCredentialsSchema = z.object({
  apiKey: pastedCredential('apiKey')
    .min(20, 'That API key is too short; copy the whole key from the API Keys Manager')
    .max(4000),
  siteId: pastedCredential('siteId').regex(
    guid,
    'A site ID looks like 1a2b3c4d-…; copy it from the dashboard URL or API Keys Manager',
  ),
  apiBaseUrl: apiBaseUrlSchema.optional(),
})

/**
 * The code main answers with when Wix says the site ID itself is wrong (no such site, or not one this key's
 * account owns), as opposed to a permission the key lacks.
 */
export const SITE_NOT_FOUND_CODE = 'SITE_NOT_FOUND'

export const siteProfileSchema = z.object({ businessName: z.string().min(1), timeZone: z.string().min(1) })

export type SiteStatus = z.infer<typeof siteStatusSchema>
export type SiteCredentials = z.infer<typeof siteCredentialsSchema>
export type SiteProfile = z.infer<typeof siteProfileSchema>
