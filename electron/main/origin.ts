/**
 * `scheme://host[:port]` of a URL, or null if it is not a URL. Unlike `URL.origin`, this also works for
 * our custom `app://rollcall` scheme (WHATWG gives non-special schemes the opaque origin "null").
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url)
    if (!parsed.host) return null
    return `${parsed.protocol}//${parsed.host}`.toLowerCase()
  } catch {
    return null
  }
}
