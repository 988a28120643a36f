import { z } from 'zod'

/**
 * Wix error bodies (electron/main/wix/README.md, "Errors"):
 *   { message, details: { applicationError: { code, description, data } } }
 *   { message, details: { validationError: { fieldViolations: [...] } } }
 * 5xx answers carry an empty body by design, so there is nothing to parse for them.
 * Some errors (e.g. a stale revision, 409) may carry neither detail; both are optional.
 */
export const applicationErrorSchema = z.looseObject({
  code: z.string(),
  description: z.string().optional(),
  data: z.record(z.string(), z.unknown()).nullish(),
})
export type ApplicationError = z.infer<typeof applicationErrorSchema>

export const fieldViolationSchema = z.looseObject({
  field: z.string(),
  description: z.string().optional(),
  /** e.g. REQUIRED_FIELD, FORMAT, MAX, MIN, MAX_SIZE, VALIDATION, OTHER. */
  violatedRule: z.string().optional(),
  ruleName: z.string().optional(),
  data: z.record(z.string(), z.unknown()).nullish(),
})
export type FieldViolation = z.infer<typeof fieldViolationSchema>

export const validationErrorSchema = z.looseObject({
  fieldViolations: z.array(fieldViolationSchema),
})
export type ValidationError = z.infer<typeof validationErrorSchema>

export const wixErrorBodySchema = z.looseObject({
  message: z.string(),
  details: z
    .looseObject({
      applicationError: applicationErrorSchema.optional(),
      validationError: validationErrorSchema.optional(),
    })
    .optional(),
})
export type WixErrorBody = z.infer<typeof wixErrorBodySchema>
