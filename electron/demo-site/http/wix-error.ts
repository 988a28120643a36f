import type { FieldViolation, WixErrorBody } from '@shared/wix/errors'

/**
 * A Wix-shaped failure: an HTTP status plus the Wix error body (or no body: 5xx answers are empty by
 * design: electron/main/wix/README.md, "Errors").
 */
export class WixHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: WixErrorBody | undefined,
  ) {
    super(body?.message ?? `HTTP ${status}`)
    this.name = 'WixHttpError'
  }

  /** The `{ code, description, data }` a bulk item reports when this error fails only that item. */
  toItemError(): { code: string; description: string; data: Record<string, unknown> } {
    const application = this.body?.details?.applicationError
    if (application) {
      return {
        code: application.code,
        description: application.description ?? this.message,
        data: application.data ?? {},
      }
    }
    const violations = this.body?.details?.validationError?.fieldViolations ?? []
    return { code: 'VALIDATION_FAILURE', description: this.message, data: { fieldViolations: violations } }
  }
}

/**
 * The HTTP status of a refusal by a business rule (no open spots, wrong status, policy): the SDK lists each
 * method's application error codes but never their status (electron/main/wix/README.md, "Still open").
 */
// GUESS: 428 (FAILED_PRECONDITION), as the REST docs' error examples use; a client must not rely on it.
export const BUSINESS_RULE_STATUS = 428

/** `{ message, details: { applicationError: { code, description, data } } }` */
export function applicationError(
  status: number,
  code: string,
  description: string,
  data: Record<string, unknown> = {},
): WixHttpError {
  return new WixHttpError(status, {
    message: description,
    details: { applicationError: { code, description, data } },
  })
}

export function fieldViolation(
  field: string,
  description: string,
  violatedRule = 'VALIDATION',
): FieldViolation {
  return { field, description, violatedRule, data: {} }
}

/** `{ message, details: { validationError: { fieldViolations } } }`, status 400. */
export function validationError(violations: FieldViolation[]): WixHttpError {
  const message = violations.map((v) => `${v.field}: ${v.description ?? 'invalid'}`).join('; ')
  return new WixHttpError(400, {
    message: `INVALID_ARGUMENT: ${message}`,
    details: { validationError: { fieldViolations: violations } },
  })
}

export function invalidField(field: string, description: string, violatedRule = 'VALIDATION'): WixHttpError {
  return validationError([fieldViolation(field, description, violatedRule)])
}

/** Unknown path or method: the gateway's 404. */
export function routeNotFound(method: string, path: string): WixHttpError {
  return new WixHttpError(404, { message: `No API found for ${method} ${path}`, details: {} })
}

/** 5xx with an empty body, as Wix sends them. */
export function serverError(status = 500): WixHttpError {
  return new WixHttpError(status, undefined)
}
