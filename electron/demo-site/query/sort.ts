import { invalidField } from '../http/wix-error'
import { normalizeStored, type QueryFieldTable, type ScalarValue } from './fields'

/**
 * `sort: [{ fieldName, order }]`. The record id is always appended as a last ascending key, so the order is
 * total and a cursor can say exactly where a page ended.
 */
export interface SortKey {
  fieldName: string
  order: 'ASC' | 'DESC'
}

export interface CompiledSort<T> {
  keys: SortKey[]
  valuesOf: (item: T) => ScalarValue[]
  compare: (a: readonly ScalarValue[], b: readonly ScalarValue[]) => number
}

export function parseSort<T>(
  sort: unknown,
  fields: QueryFieldTable<T>,
  at: string,
  fallback: readonly SortKey[],
): SortKey[] {
  if (sort === undefined || sort === null) return [...fallback]
  if (!Array.isArray(sort)) throw invalidField(at, 'sort must be an array of { fieldName, order }', 'FORMAT')
  if (sort.length === 0) return [...fallback]
  return sort.map((entry: unknown, i) => {
    const path = `${at}[${i}]`
    if (typeof entry !== 'object' || entry === null)
      throw invalidField(path, 'expected { fieldName, order }', 'FORMAT')
    const { fieldName, order } = entry as { fieldName?: unknown; order?: unknown }
    if (typeof fieldName !== 'string')
      throw invalidField(`${path}.fieldName`, 'fieldName is required', 'REQUIRED_FIELD')
    if (!fields[fieldName]?.sortable)
      throw invalidField(`${path}.fieldName`, `sorting by ${fieldName} is not supported`)
    if (order !== undefined && order !== null && order !== 'ASC' && order !== 'DESC') {
      throw invalidField(`${path}.order`, 'order must be ASC or DESC', 'FORMAT')
    }
    return { fieldName, order: order === 'DESC' ? 'DESC' : 'ASC' }
  })
}

function compareScalar(a: ScalarValue, b: ScalarValue): number {
  if (a === b) return 0
  if (a === null) return -1
  if (b === null) return 1
  return a < b ? -1 : a > b ? 1 : 0
}

export function compileSort<T>(
  keys: readonly SortKey[],
  fields: QueryFieldTable<T>,
  tieBreaker: string,
): CompiledSort<T> {
  const all = keys.some((k) => k.fieldName === tieBreaker)
    ? [...keys]
    : [...keys, { fieldName: tieBreaker, order: 'ASC' as const }]
  const readers = all.map((key) => {
    const field = fields[key.fieldName]
    if (!field) throw new Error(`unknown sort field ${key.fieldName}`)
    return (item: T) => normalizeStored(field.kind, field.get(item))
  })
  const directions = all.map((k) => (k.order === 'DESC' ? -1 : 1))
  return {
    keys: all,
    valuesOf: (item) => readers.map((read) => read(item)),
    compare(a, b) {
      for (let i = 0; i < directions.length; i++) {
        const c = compareScalar(a[i] ?? null, b[i] ?? null)
        if (c !== 0) return c * (directions[i] ?? 1)
      }
      return 0
    },
  }
}
