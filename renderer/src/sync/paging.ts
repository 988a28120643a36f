export interface Page<T> {
  items: T[]
  nextCursor: string | null
}

/** Reads page after page until the cursor is exhausted (Wix: pages after the first send only the cursor). */
export async function* allPages<T>(
  first: () => Promise<Page<T>>,
  next: (cursor: string) => Promise<Page<T>>,
): AsyncGenerator<T[]> {
  let page = await first()
  yield page.items
  while (page.nextCursor) {
    page = await next(page.nextCursor)
    yield page.items
  }
}

export function inChunks<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = []
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size))
  return chunks
}
