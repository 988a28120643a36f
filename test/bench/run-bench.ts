import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { parseArgsOrExit } from '../../electron/main/command-line'
import { buildApp, rendererBuildIsStale } from '../../electron/web-host/renderer-build'
import { startWebHost, type WebHost } from '../../electron/web-host/start-web-host'
import { demoControl } from '../e2e/support/demo-control'
import { startTsx, type RunningProcess } from '../e2e/support/processes'
import { readSite } from '../e2e/support/site-facts'
import { BENCH_USAGE, parseBenchArgs, type BenchSettings } from './bench-args'
import type { BenchContext, PhaseResult } from './bench-context'
import { openBrowser, type BrowserSession } from './browser-session'
import { describeMachine } from './machine'
import { profiled } from './cpu-profile'
import { createRecordingFetch } from './recording-fetch'
import { formatMachine, formatTable, type BenchReport } from './report'
import { checkInLatency } from './phases/check-ins'
import { coldStart } from './phases/cold-start'
import { firstDesk } from './phases/first-desk'
import { incrementalSync } from './phases/incremental-sync'
import { initialSync } from './phases/initial-sync'
import { replay } from './phases/replay'
import { searchLatency } from './phases/search'

/**
 * `npm run bench`: Rollcall against the limits of its own pipeline, in one run on this machine — headless
 * Chromium (real IndexedDB) on the web host (main's real services), against a demo site of 20,000 bookings
 * started apart. Prints the machine, a table and notes, and writes the same as JSON. Not a test: a missed
 * target is printed, never failed on.
 */
const projectRoot = resolve(__dirname, '../..')
const SITE = { apiKey: 'IST.bench-key-0123456789abcdef', siteId: 'be0c0000-1111-4222-8333-444455556666' }

function log(message: string): void {
  console.log(`  · ${message}`)
}

async function run(settings: BenchSettings): Promise<BenchReport> {
  const startedAt = new Date().toISOString()
  if (await rendererBuildIsStale(projectRoot)) {
    log('building Rollcall (the build is missing or older than the sources)')
    await buildApp(projectRoot)
  }
  const cleanups: Array<() => Promise<unknown>> = []
  try {
    log(`starting the demo site with ${String(settings.bookings)} bookings (seed ${String(settings.seed)})`)
    const siteProcess: RunningProcess = startTsx('electron/demo-site/cli.ts', [
      '--port',
      '0',
      '--control',
      '--seed',
      String(settings.seed),
      '--bookings',
      String(settings.bookings),
      '--api-key',
      SITE.apiKey,
      '--site-id',
      SITE.siteId,
      // The pipeline is measured, not Wix's budget (the notes say what the budget adds).
      '--rate-limit',
      String(Number.MAX_SAFE_INTEGER),
    ])
    cleanups.push(() => siteProcess.stop())
    const [, siteUrl] = await siteProcess.line(/^Demo site on (\S+)$/, 120_000)
    const demo = demoControl(siteUrl!, SITE.apiKey, SITE.siteId)
    const site = await readSite(demo)

    const calls = createRecordingFetch()
    const host: WebHost = await startWebHost({
      projectRoot,
      port: 0,
      connectTo: { ...SITE, apiBaseUrl: siteUrl! },
      fetch: calls.fetch,
      rateLimit: 'none',
    })
    cleanups.push(() => host.stop())
    const profileDir = await mkdtemp(join(tmpdir(), 'rollcall-bench-'))
    cleanups.push(() => rm(profileDir, { recursive: true, force: true }))
    let browser: BrowserSession = await openBrowser(projectRoot, profileDir)
    cleanups.push(() => browser.close())

    const profile = process.env['BENCH_PROFILE']
    const outDir = dirname(resolve(projectRoot, settings.out))
    await mkdir(outDir, { recursive: true })
    const ctx: BenchContext = {
      projectRoot,
      url: host.url,
      demo,
      site,
      calls,
      get browser() {
        return browser
      },
      async reopenBrowser() {
        await browser.close()
        browser = await openBrowser(projectRoot, profileDir)
        return browser
      },
      log,
      profile: (name, work) => (profile === name ? profiled(browser.page, name, outDir, work) : work()),
    }
    const phases: Record<string, PhaseResult> = {}
    const phase = async (name: string, work: () => Promise<PhaseResult>) => {
      console.log(`${name}…`)
      phases[name] = await ctx.profile(name, work)
    }
    await phase('initial sync', () => initialSync(ctx))
    const unless = async (skip: string, name: string, work: () => Promise<PhaseResult>) => {
      if (settings.skip.includes(skip)) console.log(`${name}: skipped`)
      else await phase(name, work)
    }
    await unless('incremental', 'incremental sync', () => incrementalSync(ctx, settings.changes))
    await unless('check-in', 'check-in latency', () => checkInLatency(ctx, settings.checkIns))
    await unless('search', 'search latency', () => searchLatency(ctx, settings.searches))
    await unless('replay', 'replay', () => replay(ctx, settings.offlineCheckIns, settings.confirms))
    await unless('cold-start', 'cold start', () => coldStart(ctx, settings.coldStarts))
    // Last: it sends the shared desk to about:blank and starts desks of its own.
    await unless('first-desk', 'new desk', () => firstDesk(ctx, settings.runs, settings.budgetCheckIns))

    const order = [
      'initial sync',
      'incremental sync',
      'check-in latency',
      'search latency',
      'replay',
      'cold start',
      'new desk',
    ]
    const rows = order.flatMap((name) => phases[name]?.rows ?? [])
    // Memory rows last, as the issue numbers them.
    const memory = rows.filter((r) => r.figure.startsWith('JS heap'))
    return {
      startedAt,
      settings: { ...settings },
      machine: describeMachine(browser.version),
      rows: [...rows.filter((r) => !memory.includes(r)), ...memory],
      phases: Object.fromEntries(
        Object.entries(phases).map(([name, result]) => [name, { ...result.data, notes: result.notes ?? [] }]),
      ),
    }
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined)
  }
}

async function main(): Promise<void> {
  const settings = parseArgsOrExit(parseBenchArgs, BENCH_USAGE)
  const report = await run(settings)
  console.log('')
  console.log(formatMachine(report.machine))
  console.log(
    `Demo site: ${String(settings.bookings)} bookings, seed ${String(settings.seed)}; started ${report.startedAt}`,
  )
  console.log('')
  console.log(formatTable(report.rows))
  console.log('')
  for (const phase of Object.values(report.phases) as Array<{ notes: string[] }>)
    for (const note of phase.notes) console.log(`- ${note}`)
  const out = resolve(projectRoot, settings.out)
  await mkdir(dirname(out), { recursive: true })
  await writeFile(out, `${JSON.stringify(report, null, 2)}\n`)
  console.log(`\nThe same figures as JSON: ${settings.out}`)
  const missed = report.rows.filter((r) => r.met === false).length
  console.log(
    missed
      ? `${String(missed)} target(s) missed (a benchmark, not a test: the exit code stays 0)`
      : 'Every target met',
  )
}

main().catch((error: unknown) => {
  console.error(
    `The benchmark could not finish: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  )
  process.exit(1)
})
