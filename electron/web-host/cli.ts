import { resolve } from 'node:path'
import { parseArgsOrExit, runUntilStopped } from '../main/command-line'
import { parseWebHostArgs, WEB_HOST_USAGE } from './cli-args'
import { buildApp, rendererBuildIsStale } from './renderer-build'
import { startWebHost } from './start-web-host'

/**
 * `npm run start:web`: Rollcall in a browser, for development and end-to-end tests. Builds the app if the
 * build is missing or stale, starts main's services and serves the renderer on 127.0.0.1, then prints
 *   Rollcall (web) on http://127.0.0.1:5199
 *   Demo site on http://127.0.0.1:<port> (API key <key>, site ID <id>)
 * and runs until SIGINT / SIGTERM (or until the process that started it goes away, when stdin is a pipe).
 */
const projectRoot = resolve(__dirname, '../..')

async function main(): Promise<void> {
  const args = parseArgsOrExit(parseWebHostArgs, WEB_HOST_USAGE)
  let started = false
  let demoLine: string | null = null
  if (await rendererBuildIsStale(projectRoot)) {
    console.log('Building Rollcall (the build is missing or older than the sources)…')
    await buildApp(projectRoot)
  }
  const host = await startWebHost({
    projectRoot,
    port: args.port,
    demoSite: args.demoSite,
    ...(args.connectTo ? { connectTo: args.connectTo } : {}),
    ...(args.probeIntervalMs ? { probeIntervalMs: args.probeIntervalMs } : {}),
    onDemoSite: (demo) => {
      const line = `Demo site on ${demo.url} (API key ${demo.apiKey}, site ID ${demo.siteId})`
      // The first one is printed after the host's own line; later ones (Settings → demo) at once.
      if (started) console.log(line)
      else demoLine = line
    },
  })
  started = true
  if (args.connectTo) {
    const status = host.services.site.status()
    console.log(`Wix site ${status.siteId} (${status.businessName}) at ${status.apiBaseUrl}`)
  }
  console.log(`Rollcall (web) on ${host.url}`)
  if (demoLine) console.log(demoLine)

  runUntilStopped(() => host.stop())
}

main().catch((error: unknown) => {
  console.error(`Rollcall (web) could not start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
