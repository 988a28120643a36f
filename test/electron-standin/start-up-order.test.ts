import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { projectRoot, startUnderStandin } from './chromium-host'

/**
 * The stand-in is strict enough to catch a wrong start-up order: a copy of the built app with one call moved
 * (out/main/index.js rewritten in a temporary folder) fails with Electron's own words, and the unmodified copy
 * starts. Headless windows: loadURL fetches the page through the app's protocol handler.
 */
const BUILT_MAIN = join(projectRoot, 'out/main/index.js')
const built = existsSync(BUILT_MAIN)
const folders: string[] = []
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })))

/** A copy of the built app (package.json, out/) with main's bundle edited; node_modules and the rest linked. */
function appCopy(edit: (bundle: string) => string): string {
  const root = mkdtempSync(join(tmpdir(), 'rollcall-order-'))
  folders.push(root)
  cpSync(join(projectRoot, 'package.json'), join(root, 'package.json'))
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'))
  mkdirSync(join(root, 'out/main'), { recursive: true })
  symlinkSync(join(projectRoot, 'out/preload'), join(root, 'out/preload'))
  symlinkSync(join(projectRoot, 'out/renderer'), join(root, 'out/renderer'))
  writeFileSync(join(root, 'out/main/index.js'), edit(readFileSync(BUILT_MAIN, 'utf8')))
  return join(root, 'out/main/index.js')
}

/** Replaces `from` (which must be in the bundle exactly once: a rebuilt bundle that moved it fails here). */
function move(bundle: string, from: string, to: string): string {
  expect(bundle.split(from).length - 1, `"${from}" in out/main/index.js`).toBe(1)
  return bundle.replace(from, to)
}

const TOP_LEVEL_SCHEME = 'hardenApp(appOrigin);\nregisterAppScheme();\n'
const STARTUP_HEAD = 'async function startRollcall({ entryUrl, appOrigin, serveBuiltRenderer, log }) {\n'
const REGISTER_IPC = 'registerIpc(services.dispatch);'
const SERVE_RENDERER =
  '\tif (serveBuiltRenderer) serveRendererFrom((0, node_path.join)(__dirname, "../renderer"));\n'

async function runCopy(mainScript: string) {
  const userData = mkdtempSync(join(tmpdir(), 'rollcall-order-data-'))
  folders.push(userData)
  const app = await startUnderStandin({ mainScript, userData })
  return app
}

describe.skipIf(!built)('start-up order under the stand-in', () => {
  it('the unmodified copy starts, loads app://rollcall through its handler and quits cleanly', async () => {
    const app = await runCopy(appCopy((bundle) => bundle))
    try {
      await app.line(/^\[electron-standin\] window 1 loaded app:\/\/rollcall\/index\.html$/, 20_000)
    } finally {
      await app.stop()
    }
    expect(await app.exited).toEqual({ code: 0, signal: null })
    expect(app.output()).not.toMatch(/showErrorBox|A JavaScript error|Unhandled promise rejection/)
  }, 30_000)

  it('fails with Electron words when the scheme is registered after ready', async () => {
    const app = await runCopy(
      appCopy((bundle) =>
        move(
          move(bundle, TOP_LEVEL_SCHEME, 'hardenApp(appOrigin);\n'),
          STARTUP_HEAD,
          `${STARTUP_HEAD}\tregisterAppScheme();\n`,
        ),
      ),
    )
    expect(await app.exited).toEqual({ code: 1, signal: null })
    expect(app.output()).toContain(
      'dialog.showErrorBox: Rollcall could not start: protocol.registerSchemesAsPrivileged should be called before app is ready',
    )
  }, 30_000)

  it('fails with Electron words when the window is created before ready', async () => {
    const app = await runCopy(
      appCopy((bundle) =>
        move(
          bundle,
          TOP_LEVEL_SCHEME,
          `${TOP_LEVEL_SCHEME}createMainWindow({ preloadPath: (0, node_path.join)(__dirname, "../preload/index.js"), entryUrl });\n`,
        ),
      ),
    )
    expect(await app.exited).toEqual({ code: 1, signal: null })
    expect(app.output()).toContain('Error: Cannot create BrowserWindow before app is ready')
  }, 30_000)

  it('fails with Electron words when a channel is handled twice', async () => {
    const app = await runCopy(
      appCopy((bundle) => move(bundle, REGISTER_IPC, `${REGISTER_IPC}\n\t${REGISTER_IPC}`)),
    )
    expect(await app.exited).toEqual({ code: 1, signal: null })
    expect(app.output()).toMatch(
      /dialog\.showErrorBox: Rollcall could not start: Attempted to register a second handler for '[a-z]+\.[a-zA-Z]+'/,
    )
  }, 30_000)

  it('fails with Electron words when the protocol is handled before ready', async () => {
    const app = await runCopy(
      appCopy((bundle) =>
        move(
          move(bundle, SERVE_RENDERER, ''),
          TOP_LEVEL_SCHEME,
          `${TOP_LEVEL_SCHEME}serveRendererFrom((0, node_path.join)(__dirname, "../renderer"));\n`,
        ),
      ),
    )
    expect(await app.exited).toEqual({ code: 1, signal: null })
    expect(app.output()).toContain('TypeError: Session can only be received when app is ready')
  }, 30_000)
})
