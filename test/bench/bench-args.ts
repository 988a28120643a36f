import { integerFlag, textFlag } from '../../electron/main/command-line'

export const BENCH_USAGE = `usage: npm run bench -- [--bookings 20000] [--seed 1] [--changes 500] [--check-ins 200]
         [--searches 100] [--offline-check-ins 1000] [--confirms 20] [--cold-starts 3]
         [--runs 3] [--budget-check-ins 200]
         [--skip search,replay,first-desk,…] [--out test-results/bench/results.json]
         (BENCH_PROFILE="<phase name>" writes CPU profiles of that phase)`

export interface BenchSettings {
  bookings: number
  seed: number
  changes: number
  checkIns: number
  searches: number
  offlineCheckIns: number
  confirms: number
  coldStarts: number
  /** Runs of each first-desk figure (an empty store, budget on and off), of which the median is shown. */
  runs: number
  /** Check-ins queued offline and drained in each budget-on run. */
  budgetCheckIns: number
  /** Phases left out (profiling one phase); the first sync always runs. */
  skip: string[]
  out: string
}

export const SKIPPABLE = ['incremental', 'check-in', 'search', 'replay', 'cold-start', 'first-desk'] as const

export const DEFAULT_BENCH: BenchSettings = {
  bookings: 20_000,
  seed: 1,
  changes: 500,
  checkIns: 200,
  searches: 100,
  offlineCheckIns: 1000,
  confirms: 20,
  coldStarts: 3,
  runs: 3,
  budgetCheckIns: 200,
  skip: [],
  out: 'test-results/bench/results.json',
}

const COUNTS: Record<string, keyof Omit<BenchSettings, 'out' | 'seed' | 'skip'>> = {
  '--bookings': 'bookings',
  '--changes': 'changes',
  '--check-ins': 'checkIns',
  '--searches': 'searches',
  '--offline-check-ins': 'offlineCheckIns',
  '--confirms': 'confirms',
  '--cold-starts': 'coldStarts',
  '--runs': 'runs',
  '--budget-check-ins': 'budgetCheckIns',
}

/** Parses the benchmark's flags; throws an Error whose message says what is wrong. */
export function parseBenchArgs(argv: readonly string[]): BenchSettings {
  const settings = { ...DEFAULT_BENCH }
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i] ?? ''
    const value = argv[i + 1]
    const count = COUNTS[flag]
    if (count) settings[count] = integerFlag(flag, value, 1, 200_000)
    else if (flag === '--seed') settings.seed = integerFlag(flag, value, 0, Number.MAX_SAFE_INTEGER)
    else if (flag === '--out') settings.out = textFlag(flag, value)
    else if (flag === '--skip') {
      settings.skip = textFlag(flag, value).split(',')
      const unknown = settings.skip.find((name) => !(SKIPPABLE as readonly string[]).includes(name))
      if (unknown) throw new Error(`--skip takes some of ${SKIPPABLE.join(', ')}, not ${unknown}`)
    } else throw new Error(`unknown argument ${flag}`)
  }
  return settings
}
