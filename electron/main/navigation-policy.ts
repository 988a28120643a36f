import { isContactHref } from '@shared/domain/contact-links'
import { originOf } from './origin'

/** True when `url` belongs to the renderer's own origin (the only place our windows may be). */
export function isAppUrl(url: string, appOrigin: string): boolean {
  const origin = originOf(url)
  return origin !== null && origin === originOf(appOrigin)
}

/**
 * The URL to hand to the operating system, or null when it must not be opened: plain http(s) links without
 * embedded credentials (the system browser), and the desk's contact links — `mailto:` one address, `tel:` a
 * number — exactly as the renderer makes them (shared/domain/contact-links.ts; the mail program or the
 * phone app). Anything else (file:, javascript:, a mailto with a subject or more recipients, custom schemes
 * that could launch other programs) is refused.
 */
export function externalUrlToOpen(url: string): string | null {
  if (isContactHref(url)) return url
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null
  if (parsed.username || parsed.password || !parsed.hostname) return null
  return parsed.toString()
}
