import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

/**
 * `npm start`'s prestart check (electron/build/check-electron.cjs): where the Electron binary is missing it
 * says what to do (install it, or `npm run start:web`) instead of electron-vite's bare "Electron uninstall".
 * Run in a made-up project folder, so that whether this machine has Electron does not matter.
 */
const root = resolve(import.meta.dirname, '../..')
const script = resolve(root, 'electron/build/check-electron.cjs')

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** A project folder with node_modules/electron as far as `stage` says. */
function project(stage: 'no package' | 'no binary' | 'installed'): string {
  const dir = mkdtempSync(join(tmpdir(), 'check-electron-'))
  dirs.push(dir)
  if (stage === 'no package') return dir
  const electron = join(dir, 'node_modules', 'electron')
  mkdirSync(join(electron, 'dist'), { recursive: true })
  writeFileSync(join(electron, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }))
  if (stage === 'installed') {
    writeFileSync(join(electron, 'path.txt'), 'electron')
    writeFileSync(join(electron, 'dist', 'electron'), '')
  }
  return dir
}

function check(cwd: string) {
  const env = { ...process.env }
  delete env.ELECTRON_EXEC_PATH
  return spawnSync(process.execPath, [script], { cwd, env, encoding: 'utf8' })
}

describe('npm start without Electron', () => {
  it.each(['no package', 'no binary'] as const)('says what to do, and stops (%s)', (stage) => {
    const run = check(project(stage))
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('Electron is not installed')
    expect(run.stderr).toContain('npx install-electron')
    expect(run.stderr).toContain('npm run start:web')
    expect(run.stderr).not.toContain('Electron uninstall')
  })

  it('lets npm start go on when the binary is there', () => {
    const run = check(project('installed'))
    expect(run.status).toBe(0)
    expect(run.stderr).toBe('')
  })

  it('runs after the install-if-needed step, which it keeps', () => {
    const { scripts } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>
    }
    expect(scripts.prestart).toBe(
      'npm run --silent install-if-needed && node electron/build/check-electron.cjs',
    )
  })
})

describe("the README's Node requirement", () => {
  it('is what npm ci asks for: every locked package accepts the lowest Node the README names', () => {
    // npm's own range check (semver, installed with npm's tooling; no typings of its own).
    const { satisfies } = createRequire(import.meta.url)('semver') as {
      satisfies: (version: string, range: string) => boolean
    }
    const lock = JSON.parse(readFileSync(resolve(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { engines?: { node?: string }; optional?: boolean }>
    }
    const ranges = Object.values(lock.packages)
      .filter((p) => !p.optional && p.engines?.node)
      .map((p) => p.engines?.node ?? '')
    const readme = readFileSync(resolve(root, 'README.md'), 'utf8')
    expect(readme).toContain('**Node.js 22.13 or newer in the 22 line, or 24 and newer**')
    for (const version of ['22.13.0', '24.0.0'])
      expect(ranges.filter((range) => !satisfies(version, range))).toEqual([])
    // What the README used to say (20.19) is refused by Electron's own packages.
    expect(ranges.filter((range) => !satisfies('20.19.0', range)).length).toBeGreaterThan(0)
  })
})
