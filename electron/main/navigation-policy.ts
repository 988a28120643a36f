import { originOf } from './origin'

/** True when `url` belongs to the renderer's own origin (the only place our windows may be). */
export function isAppUrl(url: string, appOrigin: string): boolean {
  const origin = originOf(url)
  return origin !== null && origin === originOf(appOrigin)
}

/**
 * The URL to hand to the operating system's browser, or null when it must not be opened: only plain
 * http(s) links, without embedded credentials. Anything else (file:, javascript:, custom schemes that could
 * launch other programs) is refused.
 */
export function externalUrlToOpen(url: string): string | null {
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
