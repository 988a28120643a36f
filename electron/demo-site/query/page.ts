import type { ScalarValue } from './fields'
import type { Predicate } from './filter'
import type { CompiledSort } from './sort'

/**
 * One page by key: a single pass that keeps only the best `limit + 1` rows (binary insertion into a small
 * buffer), so a page over 20,000 records costs O(n log limit), not a full sort.
 */
export interface KeyedPage<T> {
  items: T[]
  keys: ScalarValue[][]
  /** More rows exist beyond this page in the direction read. */
  more: boolean
}

interface Entry<T> {
  item: T
  key: ScalarValue[]
}

function selectBest<T>(
  source: Iterable<T>,
  matches: Predicate<T>,
  keyOf: (item: T) => ScalarValue[],
  better: (a: ScalarValue[], b: ScalarValue[]) => number,
  admissible: (key: ScalarValue[]) => boolean,
  keep: number,
): Entry<T>[] {
  const buffer: Entry<T>[] = []
  for (const item of source) {
    if (!matches(item)) continue
    const key = keyOf(item)
    if (!admissible(key)) continue
    const worst = buffer[buffer.length - 1]
    if (buffer.length >= keep && worst && better(key, worst.key) >= 0) continue
    let lo = 0
    let hi = buffer.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const probe = buffer[mid]
      if (probe && better(probe.key, key) <= 0) lo = mid + 1
      else hi = mid
    }
    buffer.splice(lo, 0, { item, key })
    if (buffer.length > keep) buffer.pop()
  }
  return buffer
}

/** The first `limit` rows strictly after `after` (or from the start). */
export function pageAfter<T>(
  source: Iterable<T>,
  matches: Predicate<T>,
  sort: CompiledSort<T>,
  limit: number,
  after?: readonly ScalarValue[],
): KeyedPage<T> {
  const entries = selectBest(
    source,
    matches,
    sort.valuesOf,
    sort.compare,
    (key) => !after || sort.compare(key, after) > 0,
    limit + 1,
  )
  const page = entries.slice(0, limit)
  return { items: page.map((e) => e.item), keys: page.map((e) => e.key), more: entries.length > limit }
}

/** The last `limit` rows strictly before `before`, returned in ascending order. */
export function pageBefore<T>(
  source: Iterable<T>,
  matches: Predicate<T>,
  sort: CompiledSort<T>,
  limit: number,
  before: readonly ScalarValue[],
): KeyedPage<T> {
  const descending = (a: ScalarValue[], b: ScalarValue[]): number => sort.compare(b, a)
  const entries = selectBest(
    source,
    matches,
    sort.valuesOf,
    descending,
    (key) => sort.compare(key, before) < 0,
    limit + 1,
  )
  const page = entries.slice(0, limit).reverse()
  return { items: page.map((e) => e.item), keys: page.map((e) => e.key), more: entries.length > limit }
}
