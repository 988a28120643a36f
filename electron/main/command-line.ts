import { fstatSync } from 'node:fs'

/**
 * What Rollcall's command-line tools share (the demo site's and the web host's): reading flag values with
 * errors in words, and running until told to stop. Not used by the app itself.
 */

/**
 * Parses the command line with `parse`; on `--help` prints `usage` and exits 0, on a bad argument prints the
 * error in words and `usage` and exits 2.
 */
export function parseArgsOrExit<T>(parse: (argv: readonly string[]) => T, usage: string): T {
  const argv = process.argv.slice(2)
  if (argv.includes('--help')) {
    console.log(usage)
    process.exit(0)
  }
  try {
    return parse(argv)
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    console.error(usage)
    process.exit(2)
  }
}

/** A whole number between `min` and `max`, or an Error naming the flag. */
export function integerFlag(flag: string, value: string | undefined, min: number, max: number): number {
  const n = Number(value)
  if (value === undefined || value.trim() === '' || !Number.isInteger(n) || n < min || n > max)
    throw new Error(`${flag} needs a whole number from ${String(min)} to ${String(max)}`)
  return n
}

/** A non-empty value that is not the next flag, or an Error naming the flag. */
export function textFlag(flag: string, value: string | undefined): string {
  if (value === undefined || value === '' || value.startsWith('--')) throw new Error(`${flag} needs a value`)
  return value
}

/**
 * Calls `stop` once, then exits, on SIGINT / SIGTERM — or when the process that started this one goes away,
 * if it gave us a pipe for stdin (tests do), so no server outlives its test.
 */
export function runUntilStopped(stop: () => Promise<void>): void {
  let stopping = false
  const shutdown = () => {
    if (stopping) return
    stopping = true
    void stop().then(() => process.exit(0))
  }
  process.once('SIGINT', shutdown)
  process.once('SIGTERM', shutdown)
  if (fstatSync(0).isFIFO()) {
    process.stdin.once('end', shutdown)
    process.stdin.resume()
  }
}
