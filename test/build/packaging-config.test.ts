import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Configuration } from 'app-builder-lib'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { convertIcon } from 'app-builder-lib/out/util/iconConverter'
import { DebugLogger } from 'builder-util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * electron-builder.yml, checked offline: against electron-builder's own schema (the same check its CLI runs
 * before packaging; there is no validate-only command), then for what issue 7 asks of each installer. The
 * installers themselves are built by .github/workflows/release.yml; packaging.test.ts packages the app with a
 * stub Electron to check what goes into app.asar.
 */
const root = resolve(import.meta.dirname, '../..')
const buildResources = resolve(root, 'electron/build')

let config: Configuration

beforeAll(async () => {
  config = await getConfig(root, 'electron-builder.yml', null)
})

/** A platform's `target` list as `{ target, arch }` pairs, whichever of electron-builder's spellings it uses. */
function targetsOf(platform: { target?: unknown } | null | undefined): { target: string; arch: string[] }[] {
  const list: unknown[] = Array.isArray(platform?.target) ? platform.target : [platform?.target]
  return list
    .filter((entry) => entry != null)
    .map((entry) =>
      typeof entry === 'string'
        ? { target: entry, arch: [] }
        : {
            target: String((entry as { target: string }).target),
            arch: ([] as string[]).concat((entry as { arch?: string | string[] }).arch ?? []),
          },
    )
}

function pngHeader(file: string): { width: number; height: number; colorType: number } {
  const data = readFileSync(file)
  expect(data.subarray(0, 8).toString('hex'), `${file} is not a PNG`).toBe('89504e470d0a1a0a')
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20), colorType: data[25] ?? -1 }
}

describe("electron-builder.yml against electron-builder's schema", () => {
  it('is valid', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('would be rejected with an unknown or misspelled option (so the check above can fail)', async () => {
    await expect(
      validateConfiguration({ ...config, bogusKey: true } as Configuration, new DebugLogger(false)),
    ).rejects.toThrow(/unknown property 'bogusKey'/)
    const misspelled = { ...config, nsis: { ...config.nsis, createDesktopShortcuts: true } } as Configuration
    await expect(validateConfiguration(misspelled, new DebugLogger(false))).rejects.toThrow(
      /configuration\.nsis should be/,
    )
  })
})

describe('what the installers are', () => {
  it('names the app and every artifact the same way: product, version, OS and architecture', () => {
    expect(config.appId).toBe('com.rollcall.frontdesk')
    expect(config.productName).toBe('Rollcall')
    expect(config.artifactName).toBe('${productName}-${version}-${os}-${arch}.${ext}')
    for (const platform of [config.mac, config.win, config.linux, config.nsis, config.dmg, config.deb]) {
      expect(platform?.artifactName ?? null, 'one artifactName pattern for all').toBeNull()
    }
  })

  it('packages only the bundle (out/**) and package.json, in an asar', () => {
    expect(config.asar).toBe(true)
    // getConfig normalizes `files` into file sets; the yml lists exactly these two patterns.
    expect(config.files).toEqual([{ filter: ['out/**', 'package.json'] }])
    expect(config.directories).toEqual({ output: 'release', buildResources: 'electron/build' })
    expect(readFileSync(resolve(root, '.gitignore'), 'utf8').split('\n')).toContain('release/')
  })

  it('builds a dmg (and the zip electron-updater needs) for Intel and Apple silicon, hardened and notarizable', () => {
    const mac = config.mac
    expect(targetsOf(mac)).toEqual([
      { target: 'dmg', arch: ['x64', 'arm64'] },
      { target: 'zip', arch: ['x64', 'arm64'] },
    ])
    expect(mac?.category).toBe('public.app-category.business')
    expect(mac?.hardenedRuntime).toBe(true)
    expect(mac?.notarize).toBe(true)
    expect(mac?.entitlements).toBe('electron/build/entitlements.mac.plist')
    expect(mac?.entitlementsInherit).toBe('electron/build/entitlements.mac.plist')
    const entitlements = readFileSync(resolve(root, mac?.entitlements ?? ''), 'utf8')
    const granted = [...entitlements.matchAll(/<key>([^<]+)<\/key>\s*<true\/>/g)].map((match) => match[1])
    expect(granted).toEqual([
      'com.apple.security.cs.allow-jit',
      'com.apple.security.cs.allow-unsigned-executable-memory',
    ])
  })

  it('builds a per-user NSIS installer for x64 and arm64 that puts Rollcall on the desktop', () => {
    expect(targetsOf(config.win)).toEqual([{ target: 'nsis', arch: ['x64', 'arm64'] }])
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false, createDesktopShortcut: true })
  })

  it('builds an AppImage and a deb filed under Office, with a maintainer and a homepage', () => {
    expect(targetsOf(config.linux).map((t) => t.target)).toEqual(['AppImage', 'deb'])
    expect(config.linux?.category).toBe('Office')
    expect(config.linux?.maintainer).toMatch(/^Rollcall <[^@\s>]+@[^@\s>]+>$/)
    // The deb target takes its homepage (and description) from package.json, and refuses to build without it.
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as Record<string, unknown>
    expect(pkg['homepage']).toMatch(/^https:\/\//)
    expect(pkg['description']).toBeTruthy()
    expect(config.extraMetadata).toEqual({ desktopName: 'rollcall.desktop' })
    expect(config.linux?.syncDesktopName).toBe(true)
  })

  it('flips the Electron fuses issue 7 asks for', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      resetAdHocDarwinSignature: true,
    })
  })

  it('publishes to GitHub releases, which is where electron-updater looks', () => {
    expect(config.publish).toEqual({
      provider: 'github',
      owner: 'rollcall-app',
      repo: 'rollcall',
      releaseType: 'release',
    })
  })
})

describe('the icon', () => {
  let scratch: string
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'rollcall-icon-'))
  })
  afterAll(() => rmSync(scratch, { recursive: true, force: true }))

  it('comes from one source image: a 1024×1024 PNG with transparency, and no other image beside it', () => {
    const images = readdirSync(buildResources).filter((name) => /\.(png|svg|icns|ico|jpe?g)$/i.test(name))
    expect(images).toEqual(['icon.png'])
    expect(config.icon ?? null).toBeNull()
    for (const platform of [config.mac, config.win, config.linux]) expect(platform?.icon ?? null).toBeNull()
    // electron-builder derives .icns (needs ≥ 512) and .ico (≥ 256) from it on the release runners.
    expect(pngHeader(resolve(buildResources, 'icon.png'))).toEqual({
      width: 1024,
      height: 1024,
      colorType: 6,
    })
  })

  it('is the one electron-builder picks for Linux (the .icns and .ico conversions need a download)', async () => {
    const result = await convertIcon({
      sources: [],
      fallbackSources: [],
      roots: [buildResources, root],
      format: 'set',
      outDir: scratch,
    })
    expect(result).toEqual({
      icons: [{ file: resolve(buildResources, 'icon.png'), size: 1024 }],
      isFallback: false,
    })
  })
})
