import type { z } from 'zod'
import type { FieldViolation } from '@shared/wix/errors'
import { fieldViolation, validationError } from './wix-error'

/** Checks a request body against a zod schema; a failure is Wix's 400 with one field violation per issue. */
export function parseRequest<Schema extends z.ZodType>(schema: Schema, body: unknown): z.infer<Schema> {
  const result = schema.safeParse(body, { reportInput: true })
  if (result.success) return result.data
  const violations: FieldViolation[] = result.error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '(body)'
    return fieldViolation(field, issue.message, violatedRuleOf(issue))
  })
  throw validationError(violations)
}

function violatedRuleOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'REQUIRED_FIELD' : 'FORMAT'
    case 'too_big':
      return issue.origin === 'array' ? 'MAX_SIZE' : 'MAX'
    case 'too_small':
      return issue.origin === 'array' ? 'MIN_SIZE' : 'MIN'
    case 'invalid_format':
      return 'FORMAT'
    default:
      return 'VALIDATION'
  }
}
