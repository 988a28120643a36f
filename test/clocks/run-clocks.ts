import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgsOrExit, textFlag } from '../../electron/main/command-line'
import { CLOCK_SCENARIOS, instantOfWallClock, type ClockScenario } from './clock-scenarios'

/**
 * `npm run test:clocks`: the vitest projects (node + dom) under Debian's `faketime`, once per clock scenario
 * (clock-scenarios.ts), each with the machine's TZ set to another zone. The clock starts at the scenario's
 * instant and runs on from there (timers still fire); the monotonic clock is left alone.
 * Reports go to test-results/clocks/<name>.json; the last line is "N passed, N failed" over all runs.
 */

const usage = `Usage: npm run test:clocks -- [--only NAME[,NAME…] | --pick-by TEXT] [--at "YYYY-MM-DD HH:mm" --tz ZONE [--business-zone ZONE]] [vitest args…]
  (no flag)          every scenario: ${CLOCK_SCENARIOS.map((s) => s.name).join(', ')}
  --only NAMES       just these scenarios
  --pick-by TEXT     one scenario, chosen from TEXT (e.g. a commit id), so successive runs rotate through them
  --at, --tz         one run at your own wall clock (in --business-zone, default America/Chicago) with the
                     machine's TZ set to --tz; --occurrence second for the later of a repeated hour
  anything after --  goes to vitest (e.g. a file filter)`

interface Options {
  scenarios: ClockScenario[]
  vitestArgs: string[]
}

function parse(argv: readonly string[]): Options {
  const dashes = argv.indexOf('--')
  const own = dashes === -1 ? argv : argv.slice(0, dashes)
  const vitestArgs = dashes === -1 ? [] : argv.slice(dashes + 1)
  let scenarios = [...CLOCK_SCENARIOS]
  const custom: Partial<ClockScenario> = { businessZone: 'America/Chicago' }
  for (let i = 0; i < own.length; i++) {
    const flag = own[i]
    const value = () => textFlag(flag!, own[++i])
    if (flag === '--only') {
      const names = value().split(',')
      const unknown = names.filter((name) => !CLOCK_SCENARIOS.some((s) => s.name === name))
      if (unknown.length > 0) throw new Error(`No clock scenario named ${unknown.join(', ')}`)
      scenarios = CLOCK_SCENARIOS.filter((s) => names.includes(s.name))
    } else if (flag === '--pick-by') {
      const text = value()
      let hash = 0
      for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) >>> 0
      scenarios = [CLOCK_SCENARIOS[hash % CLOCK_SCENARIOS.length]!]
    } else if (flag === '--at') custom.at = value()
    else if (flag === '--tz') custom.machineZone = value()
    else if (flag === '--business-zone') custom.businessZone = value()
    else if (flag === '--occurrence') {
      const occurrence = value()
      if (occurrence !== 'first' && occurrence !== 'second')
        throw new Error('--occurrence is first or second')
      custom.occurrence = occurrence
    } else throw new Error(`Unknown argument ${String(flag)}`)
  }
  if (custom.at !== undefined || custom.machineZone !== undefined) {
    if (custom.at === undefined || custom.machineZone === undefined)
      throw new Error('--at and --tz go together')
    scenarios = [
      {
        name: 'custom',
        why: 'given on the command line',
        ...(custom as Omit<ClockScenario, 'name' | 'why'>),
      },
    ]
  }
  for (const scenario of scenarios)
    instantOfWallClock(scenario.at, scenario.businessZone, scenario.occurrence)
  return { scenarios, vitestArgs }
}

function faketimeMissing(): boolean {
  return spawnSync('faketime', ['--help'], { stdio: 'ignore' }).error !== undefined
}

/** The command line that runs `args` with the machine's clock at `instant` and its zone `machineZone`. */
function underFakeClock(instant: number, machineZone: string, args: string[]) {
  // -m: the multi-threaded libfaketime (Node has threads); --exclude-monotonic: timers and timeouts keep real
  // time. The timestamp is given in UTC, so the wrapper's `date -d` reads it the same in any zone.
  const stamp = new Date(instant).toISOString().replace(/\.\d+Z$/, 'Z')
  return {
    command: 'faketime',
    args: ['-m', '--exclude-monotonic', stamp, ...args],
    env: { ...process.env, TZ: machineZone },
  }
}

function main(): number {
  const { scenarios, vitestArgs } = parseArgsOrExit(parse, usage)
  if (faketimeMissing()) {
    console.error('faketime is not installed: apt-get install faketime (Debian), then run again.')
    return 2
  }
  const root = resolve(import.meta.dirname, '../..')
  const reports = resolve(root, 'test-results/clocks')
  mkdirSync(reports, { recursive: true })
  let passed = 0
  let failed = 0
  for (const scenario of scenarios) {
    const instant = instantOfWallClock(scenario.at, scenario.businessZone, scenario.occurrence)
    console.log(
      `\n== ${scenario.name}: ${scenario.at} ${scenario.businessZone} (${new Date(instant).toISOString()}), machine TZ=${scenario.machineZone} — ${scenario.why}`,
    )
    // Prove the clock moved before trusting a green run.
    const probe = underFakeClock(instant, scenario.machineZone, [
      process.execPath,
      '-e',
      'console.log(Date.now() + " " + Intl.DateTimeFormat().resolvedOptions().timeZone)',
    ])
    const seen = spawnSync(probe.command, probe.args, { env: probe.env, encoding: 'utf8' })
    const [ms, zone] = seen.stdout.trim().split(' ')
    // ICU names some zones by their old canonical name (Asia/Kolkata is "Asia/Calcutta"): compare as it does.
    const expectedZone = new Intl.DateTimeFormat('en', { timeZone: scenario.machineZone }).resolvedOptions()
      .timeZone
    if (Math.abs(Number(ms) - instant) > 60_000 || zone !== expectedZone) {
      console.error(
        `the fake clock did not take: the machine said ${seen.stdout.trim() || seen.stderr.trim()}`,
      )
      failed += 1
      continue
    }
    const report = resolve(reports, `${scenario.name}.json`)
    rmSync(report, { force: true })
    const run = underFakeClock(instant, scenario.machineZone, [
      process.execPath,
      resolve(root, 'node_modules/vitest/vitest.mjs'),
      'run',
      '--reporter=dot',
      '--reporter=json',
      `--outputFile.json=${report}`,
      ...vitestArgs,
    ])
    const result = spawnSync(run.command, run.args, { env: run.env, stdio: 'inherit', cwd: root })
    let counts = { passed: 0, failed: 1 }
    try {
      const json = JSON.parse(readFileSync(report, 'utf8')) as {
        numPassedTests: number
        numFailedTests: number
        testResults: { status: string; assertionResults: unknown[] }[]
      }
      const unloaded = json.testResults.filter(
        (r) => r.status === 'failed' && r.assertionResults.length === 0,
      ).length
      counts = { passed: json.numPassedTests, failed: json.numFailedTests + unloaded }
    } catch {
      console.error(`${scenario.name}: no report (vitest exited ${String(result.status)})`)
    }
    if (result.status !== 0 && counts.failed === 0) counts.failed = 1
    console.log(`${scenario.name}: ${counts.passed} passed, ${counts.failed} failed`)
    passed += counts.passed
    failed += counts.failed
  }
  console.log(`${passed} passed, ${failed} failed`)
  return failed > 0 ? 1 : 0
}

process.exit(main())
