import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { allPermissionScopes } from '@shared/wix/permissions'
import { main } from '../../../electron/main/site-check/cli-main'
import { NOW, openTestSite } from '../../demo-site/demo-site-client'

const site = await openTestSite({}, { resetBeforeEach: true })
const folder = await mkdtemp(join(tmpdir(), 'rollcall-check-site-cli-'))
afterAll(() => rm(folder, { recursive: true, force: true }))

/** The CLI's main with its output captured, on the demo site's clock. */
async function run(argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await main(argv, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    cwd: folder,
    now: () => Date.parse(NOW),
  })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

const goodArgs = () => ['--api-key', site.apiKey, '--site-id', site.siteId, '--wix-url', site.url]

describe('npm run check-site', { timeout: 30_000 }, () => {
  it.each([
    [[], '--api-key is required'],
    [['--api-key', 'demo-api-key.rollcall.local'], '--site-id is required'],
    [['--api-key', 'demo-api-key.rollcall.local', '--site-id', 'my-site'], '--site-id: A site ID looks like'],
    [
      ['--api-key', 'short', '--site-id', 'd3e05173-0000-4000-8000-000000000001'],
      '--api-key: That API key is too short',
    ],
    [['--api-key'], '--api-key needs a value'],
    [['--port', '80'], 'unknown argument --port'],
    [
      [
        '--api-key',
        'demo-api-key.rollcall.local',
        '--site-id',
        'd3e05173-0000-4000-8000-000000000001',
        '--wix-url',
        'http://example.com',
      ],
      '--wix-url: Use an https:// address',
    ],
  ])('exits 2 with words on bad arguments %j', async (argv, words) => {
    const result = await run(argv)
    expect(result.code).toBe(2)
    expect(result.err).toContain(words)
    expect(result.err).toContain('usage: npm run check-site')
    expect(result.out).toBe('')
  })

  it('prints the summary and the report path, and exits 0 when every check passes', async () => {
    const out = join(folder, 'passing.json')
    const result = await run([...goodArgs(), '--out', out])
    expect(result.code).toBe(0)
    expect(result.out).toContain('All 6 checks passed.')
    expect(result.out).toContain(`Report written to ${out} (summary: ${join(folder, 'passing.txt')})`)
    const report = JSON.parse(await readFile(out, 'utf8')) as { passed: boolean }
    expect(report.passed).toBe(true)
  })

  it('exits 1 when a check lacks its permission, and writes into the current folder without --out', async () => {
    site.setKeyScopes(allPermissionScopes.filter((scope) => scope !== 'readCalendar'))
    const result = await run(goodArgs())
    expect(result.code).toBe(1)
    expect(result.out).toContain('[MISSING PERMISSION] Calendar: missing permission Read Calendar')
    const written = /Report written to (\S+\.json)/.exec(result.out)?.[1] ?? ''
    expect(written.startsWith(join(folder, 'site-check-2026-03-10T16-20-00Z'))).toBe(true)
    expect(await readFile(written, 'utf8')).not.toContain(site.apiKey)
  })
})
