import type { PermissionScope } from '@shared/wix/permissions'
import { z } from 'zod'
import type { RollcallDb } from '../db/schema'

/**
 * What the desk has learned about the API key's permissions from Wix's refusals, kept in the `syncState`
 * table with the site's other facts (the services' terms, the engine's memory). Today one fact: the key lacks
 * `BOOKINGS.IGNORE_BOOKING_POLICY` (a "Cancel anyway" was refused for it), so the desk stops offering
 * "Cancel anyway". It holds for the key it was learned with (`SiteStatus.keyId`): a new key, even for the same
 * site, starts with nothing assumed, since the site owner may have given the new one what the old one lacked.
 */
export const KEY_PERMISSIONS_KEY = 'keyPermissions'

const storedSchema = z.object({ keyId: z.string(), lacks: z.array(z.string()) })

/** The permissions the key `keyId` is known to lack (none when nothing was learned about this key). */
export async function keyLacks(db: RollcallDb, keyId: string | null): Promise<ReadonlySet<PermissionScope>> {
  const parsed = storedSchema.safeParse((await db.syncState.get(KEY_PERMISSIONS_KEY))?.value)
  if (!keyId || !parsed.success || parsed.data.keyId !== keyId) return new Set()
  return new Set(parsed.data.lacks as PermissionScope[])
}

/** Remembers that the key `keyId` lacks `scope` (what was learned about an earlier key is dropped). */
export async function rememberKeyLacks(db: RollcallDb, keyId: string, scope: PermissionScope): Promise<void> {
  const known = await keyLacks(db, keyId)
  if (known.has(scope)) return
  await db.syncState.put({ key: KEY_PERMISSIONS_KEY, value: { keyId, lacks: [...known, scope] } })
}
