/** Every site's data lives in its own IndexedDB database, named after the site's store key. */
export const STORE_PREFIX = 'rollcall-'

export function storeNameFor(storeKey: string): string {
  return `${STORE_PREFIX}${storeKey}`
}

/**
 * The stores of earlier demo sites: each start of the app makes a new demo world, so what an older demo
 * store holds (and any change still queued there) refers to bookings that no longer exist anywhere.
 */
export function staleDemoStores(names: readonly string[], currentKey: string): string[] {
  const current = storeNameFor(currentKey)
  return names.filter((name) => name.startsWith(`${STORE_PREFIX}demo-`) && name !== current)
}

/** Deletes the stores of earlier demo sites (best effort: one still open elsewhere is left for next time). */
export async function forgetOldDemoStores(
  currentKey: string,
  factory: IDBFactory = indexedDB,
): Promise<string[]> {
  const names = (await factory.databases()).flatMap((info) => (info.name ? [info.name] : []))
  const stale = staleDemoStores(names, currentKey)
  await Promise.all(
    stale.map(
      (name) =>
        new Promise<void>((resolve) => {
          const request = factory.deleteDatabase(name)
          request.onsuccess = request.onerror = request.onblocked = () => resolve()
        }),
    ),
  )
  return stale
}
