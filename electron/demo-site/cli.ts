import { parseArgsOrExit, runUntilStopped } from '../main/command-line'
import { DEMO_SITE_USAGE, parseDemoSiteArgs } from './cli-args'
import { startDemoSite } from './server'

/** Runs the demo site until SIGINT/SIGTERM (or its parent goes, when stdin is a pipe); prints exactly `Demo site on http://127.0.0.1:<port>`. */
async function main(): Promise<void> {
  const options = parseArgsOrExit(parseDemoSiteArgs, DEMO_SITE_USAGE)
  const site = await startDemoSite(options)
  console.log(`Demo site on ${site.url}`)
  runUntilStopped(() => site.stop())
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
