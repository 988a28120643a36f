import type { PagingMetadata } from '@shared/wix/paging'
import { invalidField } from '../http/wix-error'
import { decodeCursor, encodeCursor, type CursorState } from './cursor'
import type { QueryFieldTable, ScalarValue } from './fields'
import { compileFilter, type Predicate } from './filter'
import { pageAfter, pageBefore } from './page'
import { compileSort, parseSort, type CompiledSort, type SortKey } from './sort'

/**
 * The paging rules shared by Wix query endpoints (electron/main/wix/README.md, "Reading bookings"):
 * `cursorPaging.limit` defaults to 50 and may not exceed the maximum (more is a 400, not a silent clamp); the
 * first page carries filter and sort, later pages carry only `cursorPaging.cursor` (+ optional limit) — a
 * filter or sort beside a cursor is a 400. `paging { limit, offset }` is the offset alternative; sending both
 * kinds is a 400.
 */
export interface QueryRules {
  scope: string
  /** Where `query` sits in the request body, for field violations (e.g. "query"). */
  at: string
  defaultLimit: number
  maxLimit: number
  defaultSort: readonly SortKey[]
  tieBreaker: string
}

export interface QueryPlan<T> {
  mode: 'cursor' | 'offset'
  filter: unknown
  predicate: Predicate<T>
  sortKeys: SortKey[]
  sort: CompiledSort<T>
  limit: number
  offset: number
  after?: ScalarValue[]
  before?: ScalarValue[]
  /** Whatever the endpoint stored in the cursor (e.g. a calendar range); undefined on a first page. */
  extra?: Record<string, unknown>
}

export interface QueryPage<T> {
  items: T[]
  pagingMetadata: PagingMetadata
}

function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null
}

function readLimit(raw: unknown, at: string, rules: QueryRules, fallback: number): number {
  if (!isPresent(raw)) return fallback
  if (typeof raw !== 'number' || !Number.isInteger(raw))
    throw invalidField(at, 'limit must be an integer', 'FORMAT')
  if (raw < 1) throw invalidField(at, 'limit must be at least 1', 'MIN')
  // GUESS: a limit above the maximum is a 400 (Wix may clamp it instead).
  if (raw > rules.maxLimit) throw invalidField(at, `limit must be at most ${rules.maxLimit}`, 'MAX')
  return raw
}

function asObject(value: unknown, at: string): Record<string, unknown> {
  if (!isPresent(value)) return {}
  if (typeof value !== 'object' || Array.isArray(value))
    throw invalidField(at, 'expected an object', 'FORMAT')
  return value as Record<string, unknown>
}

export function planQuery<T>(rawQuery: unknown, fields: QueryFieldTable<T>, rules: QueryRules): QueryPlan<T> {
  const at = rules.at
  const query = asObject(rawQuery, at)
  if (isPresent(query['paging']) && isPresent(query['cursorPaging'])) {
    throw invalidField(`${at}.paging`, 'use either paging or cursorPaging, not both')
  }
  const cursorPaging = asObject(query['cursorPaging'], `${at}.cursorPaging`)
  const cursor = cursorPaging['cursor']
  // GUESS: a filter or sort beside a cursor is a 400 (Wix may ignore it instead).
  if (isPresent(cursor) && cursor !== '') {
    for (const key of ['filter', 'sort'] as const) {
      if (isPresent(query[key])) {
        throw invalidField(
          `${at}.${key}`,
          `${key} must not be sent with cursorPaging.cursor: later pages carry only the cursor`,
        )
      }
    }
    if (typeof cursor !== 'string')
      throw invalidField(`${at}.cursorPaging.cursor`, 'cursor must be a string', 'FORMAT')
    const state: CursorState = decodeCursor(cursor, rules.scope, `${at}.cursorPaging.cursor`)
    const sortKeys = parseSort(state.sort, fields, `${at}.cursorPaging.cursor`, rules.defaultSort)
    return {
      mode: 'cursor',
      filter: state.filter,
      predicate: compileFilter(state.filter, fields, `${at}.cursorPaging.cursor`),
      sortKeys,
      sort: compileSort(sortKeys, fields, rules.tieBreaker),
      limit: readLimit(cursorPaging['limit'], `${at}.cursorPaging.limit`, rules, state.limit),
      offset: 0,
      after: state.after,
      before: state.before,
      extra: state.extra,
    }
  }
  const filter = query['filter']
  const predicate = compileFilter(filter, fields, `${at}.filter`)
  const sortKeys = parseSort(query['sort'], fields, `${at}.sort`, rules.defaultSort)
  const sort = compileSort(sortKeys, fields, rules.tieBreaker)
  if (isPresent(query['paging'])) {
    const paging = asObject(query['paging'], `${at}.paging`)
    const offset = paging['offset'] ?? 0
    if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) {
      throw invalidField(`${at}.paging.offset`, 'offset must be a non-negative integer', 'FORMAT')
    }
    const limit = readLimit(paging['limit'], `${at}.paging.limit`, rules, rules.defaultLimit)
    return { mode: 'offset', filter, predicate, sortKeys, sort, limit, offset }
  }
  const limit = readLimit(cursorPaging['limit'], `${at}.cursorPaging.limit`, rules, rules.defaultLimit)
  return { mode: 'cursor', filter, predicate, sortKeys, sort, limit, offset: 0 }
}

/**
 * Runs a plan over the records. `where` narrows the records beyond the query's filter (e.g. a calendar
 * range); `extra` is stored in the cursors so later pages keep the same narrowing.
 */
export function executeQuery<T>(
  plan: QueryPlan<T>,
  source: Iterable<T>,
  rules: QueryRules,
  options: { where?: Predicate<T>; extra?: Record<string, unknown> } = {},
): QueryPage<T> {
  const where = options.where
  const matches: Predicate<T> = where ? (item) => where(item) && plan.predicate(item) : plan.predicate
  if (plan.mode === 'offset') {
    const all = [...source].filter(matches)
    const keyed = all.map((item) => ({ item, key: plan.sort.valuesOf(item) }))
    keyed.sort((a, b) => plan.sort.compare(a.key, b.key))
    const items = keyed.slice(plan.offset, plan.offset + plan.limit).map((e) => e.item)
    return {
      items,
      pagingMetadata: { count: items.length, offset: plan.offset, total: all.length, tooManyToCount: false },
    }
  }
  const state = (position: { after?: ScalarValue[]; before?: ScalarValue[] }): string =>
    encodeCursor({
      scope: rules.scope,
      filter: plan.filter,
      sort: plan.sortKeys,
      limit: plan.limit,
      extra: options.extra,
      ...position,
    })
  if (plan.before) {
    const page = pageBefore(source, matches, plan.sort, plan.limit, plan.before)
    const last = page.keys[page.keys.length - 1]
    const first = page.keys[0]
    return {
      items: page.items,
      pagingMetadata: {
        count: page.items.length,
        cursors: {
          next: state({ after: last ?? plan.before.map(() => null) }),
          prev: page.more && first ? state({ before: first }) : null,
        },
        hasNext: true,
      },
    }
  }
  const page = pageAfter(source, matches, plan.sort, plan.limit, plan.after)
  const last = page.keys[page.keys.length - 1]
  const first = page.keys[0]
  const prevKey = first ?? plan.after
  return {
    items: page.items,
    pagingMetadata: {
      count: page.items.length,
      cursors: {
        next: page.more && last ? state({ after: last }) : null,
        prev: plan.after && prevKey ? state({ before: prevKey }) : null,
      },
      hasNext: page.more,
    },
  }
}

/** `{ count }` endpoints: the same filter rules, no paging. */
export function countMatching<T>(
  source: Iterable<T>,
  filter: unknown,
  fields: QueryFieldTable<T>,
  at: string,
): number {
  const predicate = compileFilter(filter, fields, at)
  let count = 0
  for (const item of source) if (predicate(item)) count++
  return count
}
