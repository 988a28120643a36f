import type { z } from 'zod'
import { badResponse } from './http-errors'

/**
 * Parses what Wix sent with a shared/wix schema. Unknown fields are tolerated by the schemas; a missing or
 * malformed required field becomes a `bad_response` error that names the field — never a crash, never bad
 * data stored.
 */
export function parseWixResponse<S extends z.ZodType>(schema: S, body: unknown, what: string): z.output<S> {
  const result = schema.safeParse(body)
  if (result.success) return result.data
  const [issue] = result.error.issues
  const field = issue?.path.map(String).join('.') ?? ''
  throw badResponse(`${what}: ${issue?.message ?? 'unexpected shape'}`, field || undefined)
}
