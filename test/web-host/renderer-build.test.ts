import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { rendererBuildIsStale } from '../../electron/web-host/renderer-build'

let root: string

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'rollcall-build-'))
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

const hour = 3_600_000
const builtAt = new Date('2026-03-10T12:00:00Z')
const before = new Date(builtAt.getTime() - hour)
const after = new Date(builtAt.getTime() + hour)

/** Writes a file (and its folders) and sets its time; folders get the same time as what they hold. */
function file(path: string, at: Date) {
  const full = join(root, path)
  mkdirSync(dirname(full), { recursive: true })
  writeFileSync(full, path)
  for (let p = full; p.startsWith(root) && p !== root; p = dirname(p)) utimesSync(p, at, at)
}

/** A project whose build is newer than all of its sources. */
function freshProject() {
  file('renderer/src/main.tsx', before)
  file('renderer/index.html', before)
  file('shared/ipc/channels.ts', before)
  file('electron.vite.config.ts', before)
  file('package-lock.json', before)
  file('out/renderer/index.html', builtAt)
}

describe('rendererBuildIsStale', () => {
  it('is stale when there is no build', async () => {
    file('renderer/src/main.tsx', before)
    expect(await rendererBuildIsStale(root)).toBe(true)
  })

  it('is stale when out/renderer has no index.html', async () => {
    freshProject()
    rmSync(join(root, 'out/renderer/index.html'))
    expect(await rendererBuildIsStale(root)).toBe(true)
  })

  it('is fresh when the build is newer than every source', async () => {
    freshProject()
    expect(await rendererBuildIsStale(root)).toBe(false)
  })

  it('is fresh when some sources are missing (e.g. no lock file)', async () => {
    file('renderer/src/main.tsx', before)
    file('out/renderer/index.html', builtAt)
    expect(await rendererBuildIsStale(root)).toBe(false)
  })

  it.each([
    'renderer/src/main.tsx',
    'renderer/src/features/desk/deep/down/Row.tsx',
    'shared/ipc/channels.ts',
    'electron.vite.config.ts',
    'package-lock.json',
  ])('is stale when %s is newer than the build', async (source) => {
    freshProject()
    file(source, after)
    expect(await rendererBuildIsStale(root)).toBe(true)
  })

  it('is stale when a file was deleted from the sources since (its folder changed)', async () => {
    freshProject()
    rmSync(join(root, 'renderer/index.html'))
    const folder = join(root, 'renderer')
    utimesSync(folder, after, after)
    expect(await rendererBuildIsStale(root)).toBe(true)
  })

  it('ignores what the renderer is not built from', async () => {
    freshProject()
    file('README.md', after)
    file('electron/main/index.ts', after)
    file('test/web-host/x.test.ts', after)
    expect(await rendererBuildIsStale(root)).toBe(false)
  })
})
