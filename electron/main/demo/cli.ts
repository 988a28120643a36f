import { runUntilStopped } from '../command-line'
import { DEMO_SITE_USAGE, parseDemoSiteArgs } from './cli-args'
import { startDemoSite, type DemoSiteOptions } from './server'

/** Runs the demo site until SIGINT/SIGTERM (or its parent goes, when stdin is a pipe); prints exactly `Demo site on http://127.0.0.1:<port>`. */
async function main(): Promise<void> {
  let options: DemoSiteOptions
  try {
    options = parseDemoSiteArgs(process.argv.slice(2))
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    console.error(DEMO_SITE_USAGE)
    process.exit(2)
  }
  const site = await startDemoSite(options)
  console.log(`Demo site on ${site.url}`)
  runUntilStopped(() => site.stop())
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
