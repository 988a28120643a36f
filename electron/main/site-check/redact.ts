import type { SiteCheckReport } from '@shared/ipc/site-check'
import { REDACTED, redact } from '../logs/redact'

/** `…abcd`: the last 4 characters of the key, enough to tell which key was used (none of a short key). */
export function keyEnding(apiKey: string): string {
  return apiKey.length > 12 ? `…${apiKey.slice(-4)}` : '…'
}

/**
 * The report as it may leave the computer: the log's redaction (secrets, e-mail addresses, phone numbers,
 * contact fields) over every string, then the API key itself wherever it still stands — it should appear
 * nowhere, and a Wix message that echoed it must not carry it out. Ids stay: support needs them.
 */
export function redactReport(report: SiteCheckReport, apiKey: string): SiteCheckReport {
  const masked = redact(report) as SiteCheckReport
  if (apiKey.length < 4) return masked
  const text = JSON.stringify(masked)
  return text.includes(apiKey) ? (JSON.parse(text.split(apiKey).join(REDACTED)) as SiteCheckReport) : masked
}
