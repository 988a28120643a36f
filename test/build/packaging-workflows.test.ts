import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The GitHub Actions workflows can only run on GitHub; these checks hold them to what issue 7 asks of them
 * (triggers, least privilege, pinned actions, concurrency, the release matrix and its uploads) so a change
 * that loosens them fails here first.
 */
const root = resolve(import.meta.dirname, '../..')
// js-yaml ships with electron-builder (no types of its own): the same parser electron-builder reads its yml with.
const { load } = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown }

interface Step {
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, string>
}
interface Job {
  'runs-on': string
  container?: string
  permissions?: Record<string, string>
  strategy?: { matrix: { os: string[] } }
  needs?: string | string[]
  steps: Step[]
}
interface Workflow {
  on: Record<string, unknown>
  permissions: Record<string, string>
  concurrency: { group: string; 'cancel-in-progress': boolean }
  jobs: Record<string, Job>
}

function workflow(name: string): { text: string; parsed: Workflow } {
  const text = readFileSync(resolve(root, '.github/workflows', name), 'utf8')
  return { text, parsed: load(text) as Workflow }
}

const ci = workflow('ci.yml')
const release = workflow('release.yml')
const steps = (wf: Workflow) => Object.values(wf.jobs).flatMap((job) => job.steps)

describe.each([
  ['ci.yml', ci],
  ['release.yml', release],
])('%s', (_name, { text, parsed }) => {
  it('pins every action to a full commit SHA, with its release in a comment', () => {
    const uses = [...text.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)]
    expect(uses.length).toBeGreaterThan(0)
    for (const [, action = '', comment = ''] of uses) {
      expect(action).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/)
      expect(comment).toMatch(/^ # v\d+\.\d+\.\d+$/)
    }
  })

  it('reads the repository and nothing more by default', () => {
    expect(parsed.permissions).toEqual({ contents: 'read' })
  })

  it('cancels a run that a newer one for the same ref supersedes', () => {
    expect(parsed.concurrency['cancel-in-progress']).toBe(true)
    expect(parsed.concurrency.group).toContain('${{ github.ref }}')
  })

  it('keeps every uploaded file set deliberate', () => {
    for (const step of steps(parsed).filter((s) => s.uses?.startsWith('actions/upload-artifact@')))
      expect(['error', 'ignore']).toContain(step.with?.['if-no-files-found'])
  })
})

describe('ci.yml', () => {
  it('runs on every push and pull request', () => {
    expect(Object.keys(ci.parsed.on).sort()).toEqual(['pull_request', 'push'])
  })

  it('runs .ci/run (install, lint, typecheck, every test with Debian Chromium) on Debian', () => {
    const job = Object.values(ci.parsed.jobs).find((j) => j.steps.some((s) => s.run === 'bash .ci/run'))
    expect(job).toBeDefined()
    expect(job?.container).toMatch(/bookworm/)
  })

  it('runs the real-Electron smoke test under xvfb and fails if it was skipped', () => {
    const runs = steps(ci.parsed).map((s) => s.run ?? '')
    expect(runs.some((r) => /install-electron/.test(r))).toBe(true)
    expect(runs.some((r) => /^xvfb-run .*electron-smoke\.spec\.ts/.test(r))).toBe(true)
    expect(runs.some((r) => /stats\.expected !== 1/.test(r))).toBe(true)
  })
})

describe('release.yml', () => {
  const { installers, release: publish } = release.parsed.jobs

  it('runs on a version tag', () => {
    expect(release.parsed.on).toEqual({ push: { tags: ['v*.*.*'] } })
  })

  it('builds the installers on macOS, Windows and Linux, publishing nothing itself', () => {
    expect(installers?.strategy?.matrix.os).toEqual(['macos-latest', 'windows-latest', 'ubuntu-latest'])
    expect(installers?.permissions).toEqual({ contents: 'read' })
    const runs = (installers?.steps ?? []).map((s) => s.run ?? '')
    expect(runs).toContain('npm ci --no-audit --no-fund')
    expect(runs.some((r) => r.includes('npm run dist -- --publish never'))).toBe(true)
  })

  it('uploads them, failing when a build produced none', () => {
    const upload = installers?.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))
    expect(upload?.with?.['if-no-files-found']).toBe('error')
    const paths = String(upload?.with?.['path']).trim().split('\n')
    for (const kind of ['*.dmg', '*.zip', '*.exe', '*.AppImage', '*.deb', '*.blockmap', 'latest*.yml'])
      expect(paths).toContain(`release/${kind}`)
  })

  it('passes signing secrets to the build step only, each one only when set', () => {
    const withSecrets = steps(release.parsed).filter((s) => JSON.stringify(s).includes('secrets.'))
    expect(withSecrets).toHaveLength(1)
    const [build] = withSecrets
    expect(Object.keys(build?.env ?? {}).sort()).toEqual(
      [
        'APPLE_APP_SPECIFIC_PASSWORD',
        'APPLE_ID',
        'APPLE_TEAM_ID',
        'CSC_KEY_PASSWORD',
        'CSC_LINK',
        'WIN_CSC_KEY_PASSWORD',
        'WIN_CSC_LINK',
      ].sort(),
    )
    expect(build?.run).toMatch(/unset "\$name"/)
  })

  it('is the only job that may write, and it attaches what the builds uploaded to the release', () => {
    expect(publish?.needs).toBe('installers')
    expect(publish?.permissions).toEqual({ contents: 'write' })
    for (const [name, job] of Object.entries(release.parsed.jobs))
      if (name !== 'release') expect(job.permissions).toEqual({ contents: 'read' })
    const attach = publish?.steps.find((s) => s.uses?.startsWith('softprops/action-gh-release@'))
    expect(attach?.with).toMatchObject({ files: 'dist/*', fail_on_unmatched_files: true })
  })
})
