import { checkSite } from './check-site'
import { CHECK_SITE_USAGE, parseCheckSiteArgs } from './cli-args'
import { summaryText, writeReport } from './report'

export interface CliIo {
  out: (text: string) => void
  err: (text: string) => void
  /** The folder a report goes to without `--out`. */
  cwd: string
  fetch?: typeof fetch
  now?: () => number
}

/**
 * `npm run check-site -- --api-key K --site-id S [--wix-url U] [--out FILE]`: runs the site check, prints the
 * summary and where the report was written. Answers the exit code: 0 every check passed, 1 one did not, 2 the
 * arguments are wrong.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv.includes('--help')) {
    io.out(CHECK_SITE_USAGE)
    return 0
  }
  let args
  try {
    args = parseCheckSiteArgs(argv)
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error))
    io.err(CHECK_SITE_USAGE)
    return 2
  }
  const report = await checkSite({
    credentials: args.credentials,
    baseUrl: args.baseUrl,
    ...(io.fetch ? { fetch: io.fetch } : {}),
    ...(io.now ? { now: io.now } : {}),
    // The client's own warnings (records set aside) are in the report already.
    log: { error: () => {}, warn: () => {}, info: () => {}, debug: () => {} },
  })
  const written = await writeReport(report, args.out ? { reportPath: args.out } : { folder: io.cwd })
  io.out(summaryText(report))
  io.out(`Report written to ${written.reportPath} (summary: ${written.summaryPath})`)
  return report.passed ? 0 : 1
}
