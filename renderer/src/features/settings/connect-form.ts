import { cleanPastedCredential } from '@shared/ipc/pasted-credentials'
import { siteCredentialsSchema, type SiteCredentials } from '@shared/ipc/site'
import { WIX_API_ORIGIN } from '@shared/wix/api-origin'

/** What the desk typed into the connect form, as typed. */
export interface ConnectValues {
  apiKey: string
  siteId: string
  /** Empty: Wix itself (WIX_API_ORIGIN). */
  apiBaseUrl: string
}

export type ConnectField = keyof ConnectValues

export const EMPTY_CONNECT_VALUES: ConnectValues = { apiKey: '', siteId: '', apiBaseUrl: '' }

export type ConnectCheck =
  { ok: true; credentials: SiteCredentials } | { ok: false; errors: Partial<Record<ConnectField, string>> }

const ADDRESS_FORMAT = `Enter a whole address, such as ${WIX_API_ORIGIN}`

/**
 * The form's values checked with the same schema main applies (shared/ipc/site.ts), so the desk hears what is
 * wrong next to the field before anything is sent; an empty API address means Wix itself.
 */
export function checkConnectValues(values: ConnectValues): ConnectCheck {
  const address = values.apiBaseUrl.trim()
  // apiBaseUrlSchema's refinement calls `new URL()` even on a string that is not a URL, and that throws out
  // of safeParse; such an address is refused here before the schema sees it.
  const unparsable = address !== '' && !URL.canParse(address)
  const parsed = siteCredentialsSchema.safeParse({
    apiKey: values.apiKey,
    siteId: values.siteId,
    ...(address && !unparsable ? { apiBaseUrl: address } : {}),
  })
  if (parsed.success && !unparsable) return { ok: true, credentials: parsed.data }
  const errors: Partial<Record<ConnectField, string>> = unparsable ? { apiBaseUrl: ADDRESS_FORMAT } : {}
  if (parsed.success) return { ok: false, errors }
  for (const issue of parsed.error.issues) {
    const field = issue.path[0]
    if (field !== 'apiKey' && field !== 'siteId' && field !== 'apiBaseUrl') continue
    // zod's own wording for a malformed URL ("Invalid URL") is not the desk's.
    const message = field === 'apiBaseUrl' && issue.code === 'invalid_format' ? ADDRESS_FORMAT : issue.message
    errors[field] ??= message
  }
  return { ok: false, errors }
}

/**
 * The same values, ignoring what the schema cleans away (spaces, line breaks and invisible characters pasted
 * along): a test of one holds for the other.
 */
export function sameConnectValues(a: ConnectValues, b: ConnectValues): boolean {
  return (
    cleanPastedCredential(a.apiKey) === cleanPastedCredential(b.apiKey) &&
    cleanPastedCredential(a.siteId) === cleanPastedCredential(b.siteId) &&
    a.apiBaseUrl.trim() === b.apiBaseUrl.trim()
  )
}
