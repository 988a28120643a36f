import { invalidField } from '../http/wix-error'
import type { ScalarValue } from './fields'
import type { SortKey } from './sort'

/**
 * Opaque cursors: base64url of a JSON snapshot of the query (filter, sort, limit, anything else the
 * endpoint needs, e.g. a calendar range) plus the sort key of the row the page stopped at. Pages are found
 * by key, not by position, so inserts, deletes and updates between pages never shift the rest.
 */
export interface CursorState {
  /** Which endpoint issued it; a cursor from another endpoint is rejected. */
  scope: string
  filter: unknown
  sort: SortKey[]
  limit: number
  /** Continue strictly after this key (next page) … */
  after?: ScalarValue[]
  /** … or strictly before it (previous page). */
  before?: ScalarValue[]
  extra?: Record<string, unknown>
}

export function encodeCursor(state: CursorState): string {
  return Buffer.from(JSON.stringify({ v: 1, ...state }), 'utf8').toString('base64url')
}

export function decodeCursor(cursor: string, scope: string, at: string): CursorState {
  let decoded: unknown
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw invalidField(at, 'invalid cursor', 'FORMAT')
  }
  const state = decoded as Partial<CursorState> & { v?: unknown }
  const validKey = (key: unknown): boolean => key === undefined || Array.isArray(key)
  if (
    typeof decoded !== 'object' ||
    decoded === null ||
    state.v !== 1 ||
    state.scope !== scope ||
    !Array.isArray(state.sort) ||
    typeof state.limit !== 'number' ||
    !validKey(state.after) ||
    !validKey(state.before)
  ) {
    throw invalidField(at, 'invalid cursor', 'FORMAT')
  }
  return {
    scope,
    filter: state.filter,
    sort: state.sort,
    limit: state.limit,
    after: state.after,
    before: state.before,
    extra: state.extra,
  }
}
