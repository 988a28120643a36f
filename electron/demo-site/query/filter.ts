import { invalidField } from '../http/wix-error'
import {
  normalizeStored,
  type FilterOperator,
  type QueryField,
  type QueryFieldTable,
  type ScalarValue,
} from './fields'

/**
 * Compiles a Wix API Query Language filter into a predicate, rejecting (400) what the real endpoint rejects:
 * unknown fields, operators a field doesn't support, values of the wrong type. Supports the implicit `$eq`
 * (`{ status: "PENDING" }`), several operators on one field (`{ startDate: { $gte, $lt } }`), and the
 * logical `$and` / `$or` / `$not` the SDK's query builder emits.
 */
export type Predicate<T> = (item: T) => boolean

const ALL_OPERATORS = new Set<string>([
  '$eq',
  '$ne',
  '$in',
  '$nin',
  '$gt',
  '$gte',
  '$lt',
  '$lte',
  '$hasSome',
  '$hasAll',
])

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function compileFilter<T>(filter: unknown, fields: QueryFieldTable<T>, at: string): Predicate<T> {
  if (filter === undefined || filter === null) return () => true
  if (!isPlainObject(filter)) throw invalidField(at, 'filter must be an object', 'FORMAT')
  const parts: Predicate<T>[] = []
  for (const [key, value] of Object.entries(filter)) {
    const path = `${at}.${key}`
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(value) || value.length === 0)
        throw invalidField(path, `${key} must be a non-empty array`, 'FORMAT')
      const subs = value.map((sub, i) => compileFilter(sub, fields, `${path}[${i}]`))
      parts.push(key === '$and' ? (item) => subs.every((p) => p(item)) : (item) => subs.some((p) => p(item)))
    } else if (key === '$not') {
      const sub = compileFilter(value, fields, path)
      parts.push((item) => !sub(item))
    } else if (key.startsWith('$')) {
      throw invalidField(path, `operator ${key} is not supported here`)
    } else {
      const field = fields[key]
      if (!field) throw invalidField(path, `filtering on ${key} is not supported`)
      parts.push(compileFieldCondition(field, value, path))
    }
  }
  return (item) => parts.every((p) => p(item))
}

function compileFieldCondition<T>(field: QueryField<T>, condition: unknown, path: string): Predicate<T> {
  let operators: Array<readonly [string, unknown]>
  if (isPlainObject(condition)) {
    const keys = Object.keys(condition)
    if (keys.length === 0 || !keys.every((k) => k.startsWith('$'))) {
      throw invalidField(path, 'expected a value or an object of operators', 'FORMAT')
    }
    operators = Object.entries(condition)
  } else {
    operators = [['$eq', condition]]
  }
  const checks = operators.map(([op, operand]) => {
    if (!ALL_OPERATORS.has(op) || !field.operators.includes(op as FilterOperator)) {
      throw invalidField(`${path}.${op}`, `operator ${op} is not supported on this field`)
    }
    return compileOperator(field, op as FilterOperator, operand, `${path}.${op}`)
  })
  return (item) => checks.every((check) => check(item))
}

function operandValue<T>(field: QueryField<T>, operand: unknown, path: string): ScalarValue {
  if (operand === null) return null
  switch (field.kind) {
    case 'date': {
      const ms = typeof operand === 'string' ? Date.parse(operand) : NaN
      if (Number.isNaN(ms)) throw invalidField(path, 'expected an ISO 8601 date-time string', 'FORMAT')
      return ms
    }
    case 'number':
      if (typeof operand !== 'number' || !Number.isFinite(operand))
        throw invalidField(path, 'expected a number', 'FORMAT')
      return operand
    case 'boolean':
      if (typeof operand !== 'boolean') throw invalidField(path, 'expected a boolean', 'FORMAT')
      return operand
    default:
      if (typeof operand !== 'string') throw invalidField(path, 'expected a string', 'FORMAT')
      return operand
  }
}

function operandList<T>(field: QueryField<T>, operand: unknown, path: string): ScalarValue[] {
  if (!Array.isArray(operand)) throw invalidField(path, 'expected an array', 'FORMAT')
  if (operand.length > 100) throw invalidField(path, 'at most 100 values', 'MAX_SIZE')
  return operand.map((v, i) =>
    operandValue(field.kind === 'stringList' ? { ...field, kind: 'string' } : field, v, `${path}[${i}]`),
  )
}

function compileOperator<T>(
  field: QueryField<T>,
  op: FilterOperator,
  operand: unknown,
  path: string,
): Predicate<T> {
  if (op === '$hasSome' || op === '$hasAll') {
    const wanted = operandList(field, operand, path)
    return (item) => {
      const raw = field.get(item)
      const have = Array.isArray(raw) ? raw : []
      return op === '$hasSome' ? wanted.some((w) => have.includes(w)) : wanted.every((w) => have.includes(w))
    }
  }
  const read = (item: T): ScalarValue => normalizeStored(field.kind, field.get(item))
  if (op === '$in' || op === '$nin') {
    const set = new Set(operandList(field, operand, path))
    return op === '$in' ? (item) => set.has(read(item)) : (item) => !set.has(read(item))
  }
  const value = operandValue(field, operand, path)
  switch (op) {
    case '$eq':
      return (item) => read(item) === value
    case '$ne':
      return (item) => read(item) !== value
    default: {
      if (value === null) throw invalidField(path, `${op} needs a value`, 'FORMAT')
      return (item) => {
        const stored = read(item)
        if (stored === null) return false
        if (op === '$gt') return stored > value
        if (op === '$gte') return stored >= value
        if (op === '$lt') return stored < value
        return stored <= value
      }
    }
  }
}
