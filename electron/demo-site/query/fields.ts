/**
 * A queryable field of some record type: how to read it, what kind of value it holds, and which Wix
 * query operators and sorting the real API supports on it. Anything not declared here is a 400.
 */
export type FilterOperator =
  '$eq' | '$ne' | '$in' | '$nin' | '$gt' | '$gte' | '$lt' | '$lte' | '$hasSome' | '$hasAll'

export type FieldKind = 'string' | 'date' | 'number' | 'boolean' | 'stringList'

export interface QueryField<T> {
  kind: FieldKind
  operators: readonly FilterOperator[]
  sortable: boolean
  get(item: T): unknown
}

export type QueryFieldTable<T> = Readonly<Record<string, QueryField<T>>>

export const EQUALITY_OPERATORS: readonly FilterOperator[] = ['$eq', '$ne', '$in']
export const SET_OPERATORS: readonly FilterOperator[] = ['$eq', '$ne', '$in', '$nin']
export const RANGE_OPERATORS: readonly FilterOperator[] = [
  '$eq',
  '$ne',
  '$gt',
  '$gte',
  '$lt',
  '$lte',
  '$in',
  '$nin',
]
export const NUMERIC_OPERATORS: readonly FilterOperator[] = ['$eq', '$ne', '$gt', '$gte', '$lt', '$lte']
export const BOOLEAN_OPERATORS: readonly FilterOperator[] = ['$eq', '$ne']
export const ARRAY_OPERATORS: readonly FilterOperator[] = ['$hasSome', '$hasAll']

/** A comparable value: dates become epoch ms; a missing value is null (sorts first ascending). */
export type ScalarValue = string | number | boolean | null

export function normalizeStored(kind: FieldKind, raw: unknown): ScalarValue {
  if (raw === undefined || raw === null) return null
  if (kind === 'date') {
    const ms = typeof raw === 'string' ? Date.parse(raw) : typeof raw === 'number' ? raw : NaN
    return Number.isNaN(ms) ? null : ms
  }
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw
  return null
}
