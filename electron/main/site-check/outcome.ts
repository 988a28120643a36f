import type { SiteCheckOutcome } from '@shared/ipc/site-check'
import { SITE_NOT_FOUND_CODE } from '@shared/ipc/site'
import { redactText } from '../logs/redact'
import { isWixApiError } from '../wix/errors'

/** How one check ended, before its words: passed, or the error it threw. */
export type CheckEnding = { ok: true } | { ok: false; error: unknown }

export interface JudgedCheck {
  outcome: SiteCheckOutcome
  /** After "<name>: ", e.g. "missing permission Read Calendar (Wix answered 403)". */
  words: string
  status: number | null
  code: string | null
}

/**
 * A refusal of the key: 401 or 403, whatever Wix's code (electron/main/wix/README.md, "SDK facts" C2: 401
 * "occasionally").
 */
function isRefusal(error: unknown): boolean {
  return isWixApiError(error) && (error.kind === 'auth' || error.kind === 'forbidden')
}

/** "Wix answered 500 (HTTP_500): Wix is not answering right now." or why no answer came. */
function whatWixSaid(error: unknown): string {
  if (!isWixApiError(error)) return redactText(error instanceof Error ? error.message : String(error))
  const message = redactText(error.message)
  if (error.status !== undefined) return `Wix answered ${String(error.status)} (${error.code}): ${message}`
  return `${message.replace(/\.$/, '')} (${error.code})`
}

/**
 * One check's outcome in words, by the rule the desk already uses (renderer/src/sync/key-or-permission.ts):
 * a 401/403 is a permission this API needs when another read with the same key worked, and the key's or the
 * site's own refusal when every read was refused (or Wix said the site is wrong).
 */
export function judge(ending: CheckEnding, permissionName: string, anotherReadWorked: boolean): JudgedCheck {
  if (ending.ok) return { outcome: 'pass', words: 'pass', status: null, code: null }
  const { error } = ending
  const status = isWixApiError(error) ? (error.status ?? null) : null
  const code = isWixApiError(error) ? error.code : null
  if (isRefusal(error)) {
    const siteWrong = code === SITE_NOT_FOUND_CODE
    if (anotherReadWorked && !siteWrong)
      return {
        outcome: 'missing_permission',
        words: `missing permission ${permissionName} (Wix answered ${String(status ?? 'with a refusal')})`,
        status,
        code,
      }
    return { outcome: 'refused', words: `key or site refused — ${whatWixSaid(error)}`, status, code }
  }
  return { outcome: 'failed', words: `failed — ${whatWixSaid(error)}`, status, code }
}
