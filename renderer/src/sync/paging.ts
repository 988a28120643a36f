export interface Page<T> {
  items: T[]
  nextCursor: string | null
}

/**
 * Reads page after page until the cursor is exhausted (Wix: pages after the first send only the cursor).
 * The next page is asked for as soon as a page arrives, so it travels while the caller stores this one:
 * fetching and writing overlap instead of taking turns.
 */
export async function* allPages<T>(
  first: () => Promise<Page<T>>,
  next: (cursor: string) => Promise<Page<T>>,
): AsyncGenerator<T[]> {
  let page = await first()
  for (;;) {
    const upcoming = page.nextCursor ? next(page.nextCursor) : null
    // Its failure is thrown below, when the caller wants that page; if the caller stops before, it is dropped.
    upcoming?.catch(() => undefined)
    yield page.items
    if (!upcoming) return
    page = await upcoming
  }
}

export function inChunks<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = []
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size))
  return chunks
}
