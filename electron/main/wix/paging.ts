/** One page of a cursor-paged Wix query. */
export interface Page<T> {
  items: T[]
  /** Pass back to get the next page; null when there is none. */
  nextCursor: string | null
  /** Records of this page Rollcall could not read: set aside (and logged), not in `items`. */
  setAside: number
}

/**
 * Every page of a query, in order: the first call carries the query, later ones only the cursor (as Wix
 * requires). Stops when the cursor runs out — or repeats, which would otherwise loop forever.
 */
export async function* iteratePages<T>(
  fetchPage: (cursor: string | null) => Promise<Page<T>>,
): AsyncGenerator<Page<T>> {
  const seen = new Set<string>()
  let cursor: string | null = null
  do {
    const page: Page<T> = await fetchPage(cursor)
    yield page
    cursor = page.nextCursor
    if (cursor !== null) {
      if (seen.has(cursor)) throw new Error('Wix returned the same page cursor twice')
      seen.add(cursor)
    }
  } while (cursor !== null)
}

export function nextCursorOf(
  metadata: { cursors?: { next?: string | null } | undefined } | undefined,
): string | null {
  return metadata?.cursors?.next || null
}
