import { isAbsolute, join, normalize, relative } from 'node:path'

/**
 * Maps a request for the renderer's own origin (e.g. `app://rollcall/assets/index-1a2b.js`) to a file under
 * `rootDir`, or null when the path would leave it. The bare origin serves `index.html`.
 */
export function resolveRendererAsset(rootDir: string, requestUrl: string): string | null {
  let pathname: string
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname)
  } catch {
    return null
  }
  // NUL and backslashes have no business in our asset names (a backslash is a separator on Windows).
  if (pathname.includes('\0') || pathname.includes('\\')) return null
  const relativePath = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '')
  const root = normalize(rootDir)
  const file = normalize(join(root, relativePath))
  const fromRoot = relative(root, file)
  if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot)) return null
  return file
}
