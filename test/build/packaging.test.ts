import { extractFile, listPackage } from '@electron/asar'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { getConfig } from 'app-builder-lib/out/util/config/config'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * `electron-builder --linux dir` with the real electron-builder.yml and a stub Electron distribution built
 * here, in a temporary folder (the real binary, like every installer tool, is a download these machines
 * cannot make). It runs the same packaging the installers get — files, asar, package.json, fuses,
 * app-update.yml — into a temporary output, never into the repository. `npm test` builds out/ first.
 *
 * The stub carries Electron's fuse wire (sentinel, version 1, eight fuses at Electron's defaults), so
 * electron-builder really flips the fuses in it and the test reads them back as @electron/fuses would.
 */
const root = resolve(import.meta.dirname, '../..')
const cli = resolve(root, 'node_modules/electron-builder/cli.js')
const run = promisify(execFile)

const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
// Electron's defaults, in FuseV1Options order: run as node on, cookie encryption off, NODE_OPTIONS on, CLI
// inspect on, embedded asar integrity off, only load from asar off, browser V8 snapshot off, file:// extras on.
const ELECTRON_DEFAULT_FUSES = '10110001'

let scratch: string
let stub: string

function writeStubElectron(dir: string): void {
  mkdirSync(join(dir, 'resources'), { recursive: true })
  const script = '#!/bin/sh\necho "stub Electron for packaging tests; it cannot run the app" >&2\nexit 1\n# '
  const wire = Buffer.concat([
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, 8]),
    Buffer.from(ELECTRON_DEFAULT_FUSES),
  ])
  writeFileSync(join(dir, 'electron'), Buffer.concat([Buffer.from(script), wire, Buffer.from('\n')]), {
    mode: 0o755,
  })
  const { version } = JSON.parse(
    readFileSync(resolve(root, 'node_modules/electron/package.json'), 'utf8'),
  ) as {
    version: string
  }
  writeFileSync(join(dir, 'version'), version)
  writeFileSync(join(dir, 'LICENSE'), 'stub\n')
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '<!doctype html><title>stub</title>\n')
}

interface Packaged {
  resources: string
  binary: string
  entries: string[]
}

/** Packages the app for linux x64 into `scratch/<name>` with the stub; returns what landed in resources/. */
async function packageWithStub(name: string, ...extraArgs: string[]): Promise<Packaged> {
  const output = join(scratch, name)
  const env: NodeJS.ProcessEnv = { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' }
  for (const token of ['GH_TOKEN', 'GITHUB_TOKEN']) delete env[token] // never publish, whatever the shell has
  const args = ['--linux', 'dir', '--x64', '--publish', 'never']
  args.push(`-c.electronDist=${stub}`, `-c.directories.output=${output}`, ...extraArgs)
  try {
    await run(process.execPath, [cli, ...args], { cwd: root, env, maxBuffer: 16 * 1024 * 1024 })
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string }
    throw new Error(`electron-builder ${args.join(' ')} failed:\n${stdout}\n${stderr}`, { cause: error })
  }
  const appDir = join(output, 'linux-unpacked')
  const resources = join(appDir, 'resources')
  const entries = listPackage(join(resources, 'app.asar'), { isPack: false })
  return { resources, binary: join(appDir, 'rollcall'), entries }
}

/** Entries of app.asar that are neither the bundle (out/**) nor package.json, or are sources, maps or modules. */
function strays(entries: string[]): string[] {
  return entries.filter(
    (entry) =>
      !(entry === '/package.json' || entry === '/out' || entry.startsWith('/out/')) ||
      /\.(map|tsx?)$/.test(entry) ||
      entry.includes('node_modules'),
  )
}

let packaged: Packaged
let misconfigured: Packaged

beforeAll(async () => {
  for (const path of ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html']) {
    if (!existsSync(resolve(root, path)))
      throw new Error(`${path} is missing: run "npm run build" (npm test does it for you)`)
  }
  scratch = mkdtempSync(join(tmpdir(), 'rollcall-packaging-'))
  stub = join(scratch, 'electron-dist')
  writeStubElectron(stub)

  // The negative control: the same configuration with sources added to `files`, which the checks below
  // must notice (so they can fail). Written as JSON beside the outputs, never into the repository.
  const config = await getConfig(root, 'electron-builder.yml', null)
  const broken = join(scratch, 'broken-files.json')
  writeFileSync(
    broken,
    JSON.stringify({ ...config, files: ['out/**', 'package.json', 'shared/**', 'test/build/**'] }),
  )

  ;[packaged, misconfigured] = await Promise.all([
    packageWithStub('release'),
    packageWithStub('broken', `--config=${broken}`),
  ])
}, 120_000)

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true })
})

describe('electron-builder --linux dir with a stub Electron', () => {
  it('puts main, preload, the renderer and package.json into app.asar', () => {
    for (const path of [
      '/out/main/index.js',
      '/out/preload/index.js',
      '/out/renderer/index.html',
      '/package.json',
    ])
      expect(packaged.entries, path).toContain(path)
    expect(packaged.entries.some((entry) => /^\/out\/renderer\/assets\/.+\.js$/.test(entry))).toBe(true)
  })

  it('puts nothing else there: no sources, tests, source maps or node_modules', () => {
    expect(strays(packaged.entries)).toEqual([])
    for (const folder of ['/electron', '/renderer', '/shared', '/test', '/node_modules'])
      expect(packaged.entries.filter((entry) => entry.startsWith(`${folder}/`) || entry === folder)).toEqual(
        [],
      )
  })

  it('notices when the files list lets sources in (the negative control)', () => {
    const found = strays(misconfigured.entries)
    expect(found).toContain('/shared/ipc/channels.ts')
    expect(found.some((entry) => entry.startsWith('/test/build/'))).toBe(true)
  })

  it('packages the project package.json, whose main is the bundled main process', () => {
    const pkg = JSON.parse(
      extractFile(join(packaged.resources, 'app.asar'), 'package.json').toString(),
    ) as Record<string, unknown>
    expect(pkg).toMatchObject({ name: 'rollcall', productName: 'Rollcall', main: 'out/main/index.js' })
    expect(pkg['desktopName']).toBe('rollcall.desktop')
    expect(packaged.entries).toContain(`/${String(pkg['main'])}`)
  })

  it('leaves only app.asar and the updater settings in resources/ (nothing unpacked beside the asar)', () => {
    expect(readdirSync(packaged.resources).sort()).toEqual(['app-update.yml', 'app.asar'])
    const updater = readFileSync(join(packaged.resources, 'app-update.yml'), 'utf8')
    expect(updater.split('\n')).toEqual(
      expect.arrayContaining(['provider: github', 'owner: rollcall-app', 'repo: rollcall']),
    )
  })

  it('flips the fuses in the Electron binary', async () => {
    const wire = await getCurrentFuseWire(packaged.binary)
    const fuse = (option: FuseV1Options) => String.fromCharCode(Number(wire[option]))
    expect({
      runAsNode: fuse(FuseV1Options.RunAsNode),
      enableCookieEncryption: fuse(FuseV1Options.EnableCookieEncryption),
      enableNodeOptionsEnvironmentVariable: fuse(FuseV1Options.EnableNodeOptionsEnvironmentVariable),
      enableNodeCliInspectArguments: fuse(FuseV1Options.EnableNodeCliInspectArguments),
      enableEmbeddedAsarIntegrityValidation: fuse(FuseV1Options.EnableEmbeddedAsarIntegrityValidation),
      onlyLoadAppFromAsar: fuse(FuseV1Options.OnlyLoadAppFromAsar),
      // Not configured: Electron's defaults stay.
      loadBrowserProcessSpecificV8Snapshot: fuse(FuseV1Options.LoadBrowserProcessSpecificV8Snapshot),
      grantFileProtocolExtraPrivileges: fuse(FuseV1Options.GrantFileProtocolExtraPrivileges),
    }).toEqual({
      runAsNode: '0',
      enableCookieEncryption: '1',
      enableNodeOptionsEnvironmentVariable: '0',
      enableNodeCliInspectArguments: '0',
      enableEmbeddedAsarIntegrityValidation: '1',
      onlyLoadAppFromAsar: '1',
      loadBrowserProcessSpecificV8Snapshot: '0',
      grantFileProtocolExtraPrivileges: '1',
    })
  })
})
