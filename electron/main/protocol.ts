import { net, protocol } from 'electron'
import { pathToFileURL } from 'node:url'
import { resolveRendererAsset } from './renderer-assets'

/**
 * The renderer's production origin, fixed for good: IndexedDB (the whole offline store) belongs to the
 * origin, so changing it would orphan every desk's local data. `app://rollcall` is a standard, secure scheme
 * served from the packaged `out/renderer` folder; no remote content is ever loaded.
 */
export const APP_SCHEME = 'app'
export const APP_ORIGIN = 'app://rollcall'
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

/** Serves `rootDir` on the app origin; anything outside it, or on another host, is a 404. */
export function serveRendererFrom(rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const file = new URL(request.url).host === 'rollcall' ? resolveRendererAsset(rootDir, request.url) : null
    if (!file) return new Response('Not found', { status: 404 })
    return net.fetch(pathToFileURL(file).toString())
  })
}
