import {
  cmp,
  RangeSet,
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreTableSchema,
  type IndexableType,
  type IntervalTree,
  type IntervalTreeNode,
  type Middleware,
  type ObservabilitySet,
} from 'dexie'

/**
 * What a large write tells the live screens it changed.
 *
 * Dexie's observability (what wakes live queries) names the rows a put or add wrote — their primary keys and
 * the value of every index — only below 50 rows. From 50 on it names the whole table, every index, as changed
 * (dexie.mjs, observabilityMiddleware: `req.values.length < 50 ? [keys, values] : []`), and every live query
 * over the table reads again: during a first sync every batch of bookings for next Tuesday would wake Today,
 * which would read all of today's bookings again and hold the next write behind it. Putting 49 rows at a time
 * instead (how this was done before) made Dexie name each key into a balanced range tree one insert at a
 * time, and merge each part into the transaction's set: on a 20,000-booking first sync that range-set work
 * cost more page time than the writes themselves (issue 20's profile).
 *
 * This middleware sits below Dexie's observability (level -1) and replaces its whole-table naming of a large
 * put or add with what Dexie itself names for a small one — each primary key and each index value written,
 * built in one sort and one pass — except for `:dels` (where Dexie names the keys again when it does not
 * know the rows' old values), named by the keys' span (see `delsOf`). The request's `mutatedParts` is part
 * of Dexie's DBCore request type: observability fills it before it calls down, and adds it to the
 * transaction's set (what `storagemutated` announces on commit) when the call returns.
 *
 * Only a part that is exactly Dexie's whole-table range is replaced: were a later Dexie to name keys itself,
 * or to pass a part that already held more, this leaves it as it is. Tables whose keys the write does not
 * carry (auto-increment, outbound) keep the whole-table naming. Either way what is named is never less than
 * what changed: a live query may wake for nothing, never miss a change.
 */

/** Dexie names the keys of a put or add itself below this many rows (dexie.mjs, observabilityMiddleware). */
export const DEXIE_NAMES_ROWS_BELOW = 50

/**
 * Indexes a large write names by the span of the values it wrote (lowest to highest), not each value. Each is
 * read live only as a range or a span already — search by word prefix, the pending inbox by status and
 * creation date, a person's attendance by `anyOf` (whose range is the span of its keys) — or not at all, so
 * naming each value would wake nothing less, and it is most of the values a booking has (several search words
 * each). The indexes Today and the rosters read by exact value (day, session, schedule, status, primary
 * keys) stay named value by value.
 */
export const NAMED_BY_SPAN: Readonly<Record<string, readonly string[]>> = {
  bookings: ['searchTokens', 'updatedDate', 'externalUserId', '[status+createdDate]'],
  attendance: ['bookingId'],
}

type Key = IndexableType

/** A key IndexedDB can index: anything else (an array with a missing part, say) is in no index at all. */
const isIndexable = (key: unknown): key is Key => key != null && cmp(key, key) === 0

function sortedDistinct(keys: Key[]): Key[] {
  keys.sort(cmp)
  const distinct: Key[] = []
  for (const key of keys)
    if (!distinct.length || cmp(distinct[distinct.length - 1], key) !== 0) distinct.push(key)
  return distinct
}

/** A balanced range tree of single keys, sorted and distinct: what `addKey` one at a time ends up with. */
function treeOf(sorted: readonly Key[], from: number, to: number): IntervalTreeNode | null {
  if (from > to) return null
  const middle = (from + to) >>> 1
  const l = treeOf(sorted, from, middle - 1)
  const r = treeOf(sorted, middle + 1, to)
  return { from: sorted[middle]!, to: sorted[middle]!, l, r, d: Math.max(l?.d ?? 0, r?.d ?? 0) + 1 }
}

export function rangeSetOfKeys(keys: Key[]): RangeSet {
  const sorted = sortedDistinct(keys.filter(isIndexable))
  return RangeSet(treeOf(sorted, 0, sorted.length - 1) ?? { d: 0 })
}

export function rangeSetOfSpan(keys: Key[]): RangeSet {
  const sorted = sortedDistinct(keys.filter(isIndexable))
  return sorted.length ? new RangeSet(sorted[0]!, sorted[sorted.length - 1]) : new RangeSet()
}

function isWholeRange(tree: IntervalTree | undefined, core: DBCore): boolean {
  if (!tree || !('from' in tree)) return false
  return !tree.l && !tree.r && cmp(tree.from, core.MIN_KEY) === 0 && cmp(tree.to, core.MAX_KEY) === 0
}

/**
 * What a large write names under `:dels`: the span of the keys it wrote (sorted and distinct), not each key.
 * Only a read of keys alone (`primaryKeys()`, search's word lookup) puts keys in a live query's `:dels`, and a
 * count puts the whole range there; a read of rows puts their keys in the primary key's part, which stays
 * named key by key. So the span wakes nothing that naming each key would not, but a keys-only read whose keys
 * fall between the batch's. And it is cheap where it counts: each live query adds every part named to a set
 * it keeps until it next wakes (dexie.mjs, liveQuery's `mutationListener`), so a query that does not wake
 * during a first sync — Today's — would otherwise gather a second copy of every key the sync writes, one
 * range-tree insert at a time.
 */
function delsOf(sortedKeys: readonly Key[]): RangeSet {
  return sortedKeys.length ? new RangeSet(sortedKeys[0]!, sortedKeys[sortedKeys.length - 1]) : new RangeSet()
}

/**
 * The parts a put or add of `values` into a table changed, by part name (`idb://<db>/<table>/<index>`, the
 * primary key's index named "", with `:dels` beside it), as Dexie names them for fewer than 50 rows whose old
 * values it does not know — except `:dels` and the indexes in `bySpan`, named by their span.
 */
export function partsWritten(
  dbName: string,
  schema: DBCoreTableSchema,
  values: readonly unknown[],
  bySpan: readonly string[] = [],
): ObservabilitySet {
  const prefix = `idb://${dbName}/${schema.name}/`
  const extractPrimary = schema.primaryKey.extractKey!
  const keys = sortedDistinct(values.map((value) => extractPrimary(value) as Key).filter(isIndexable))
  const parts: ObservabilitySet = {
    [prefix]: RangeSet(treeOf(keys, 0, keys.length - 1) ?? { d: 0 }),
    [`${prefix}:dels`]: delsOf(keys),
  }
  for (const index of schema.indexes) {
    if (!index.name || !index.extractKey) continue
    const keys: Key[] = []
    for (const value of values) {
      const key: unknown = index.extractKey(value)
      if (key == null) continue
      if (index.multiEntry && Array.isArray(key)) keys.push(...(key as Key[]))
      else keys.push(key as Key)
    }
    parts[`${prefix}${index.name}`] = bySpan.includes(index.name)
      ? rangeSetOfSpan(keys)
      : rangeSetOfKeys(keys)
  }
  return parts
}

/** Replaces, in place, the whole-table parts of a large put or add with the parts it really wrote. */
function nameWhatWasWritten(
  core: DBCore,
  schema: DBCoreTableSchema,
  req: DBCoreMutateRequest,
  bySpan: readonly string[],
): void {
  if (req.type !== 'put' && req.type !== 'add') return
  const parts = req.mutatedParts
  if (!parts || req.values.length < DEXIE_NAMES_ROWS_BELOW) return
  const written = partsWritten(core.schema.name, schema, req.values, bySpan)
  // Every part Dexie named must be its whole-table range, and every one of them replaced: else leave all.
  const named = Object.keys(parts).filter((part) =>
    part.startsWith(`idb://${core.schema.name}/${schema.name}/`),
  )
  if (!named.length || !named.every((part) => isWholeRange(parts[part], core) && part in written)) return
  for (const part of named) parts[part] = written[part]!
}

export const nameLargeWrites: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'name-large-writes',
  // Below Dexie's observability (level 0): it has filled the request's parts by the time the request is here.
  level: -1,
  create: (down) => ({
    ...down,
    table: (tableName) => {
      const table = down.table(tableName)
      const { primaryKey } = table.schema
      if (primaryKey.outbound || primaryKey.autoIncrement || !primaryKey.extractKey) return table
      const bySpan = NAMED_BY_SPAN[tableName] ?? []
      return {
        ...table,
        mutate: (req) => {
          nameWhatWasWritten(down, table.schema, req, bySpan)
          return table.mutate(req)
        },
      }
    },
  }),
}
