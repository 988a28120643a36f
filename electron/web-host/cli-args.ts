import { z } from 'zod'
import { siteCredentialsSchema, type SiteCredentials } from '@shared/ipc/site'
import { integerFlag, textFlag } from '../main/command-line'
import type { DemoSiteChoice } from './start-web-host'

export const WEB_HOST_USAGE = `usage: npm run start:web -- [--port 5199]
         [--demo-port N] [--seed N] [--bookings N] [--demo-starts-at ISO]   (the demo site it starts)
         [--wix-url URL] --api-key KEY --site-id ID                        (another Wix-compatible API instead)
         [--probe-every SECONDS]                                           (how often the line is checked)`

export const DEFAULT_WEB_PORT = 5199

export interface WebHostArgs {
  port: number
  demoSite: DemoSiteChoice
  connectTo: SiteCredentials | null
  probeIntervalMs: number | null
}

const DEMO_FLAGS = ['--demo-port', '--seed', '--bookings', '--demo-starts-at'] as const

/** Parses the web host's flags; throws an Error whose message says what is wrong. */
export function parseWebHostArgs(argv: readonly string[]): WebHostArgs {
  const args: WebHostArgs = { port: DEFAULT_WEB_PORT, demoSite: {}, connectTo: null, probeIntervalMs: null }
  const seen = new Set<string>()
  let wixUrl: string | undefined
  let apiKey: string | undefined
  let siteId: string | undefined

  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] ?? ''
    const value = argv[i + 1]
    if (seen.has(flag)) throw new Error(`${flag} is given twice`)
    seen.add(flag)
    i++
    switch (flag) {
      case '--port':
        args.port = integerFlag(flag, value, 0, 65_535)
        break
      case '--demo-port':
        args.demoSite.port = integerFlag(flag, value, 0, 65_535)
        break
      case '--seed':
        args.demoSite.seed = integerFlag(flag, value, 0, Number.MAX_SAFE_INTEGER)
        break
      case '--bookings':
        args.demoSite.bookings = integerFlag(flag, value, 0, 200_000)
        break
      case '--demo-starts-at': {
        const at = textFlag(flag, value)
        if (Number.isNaN(Date.parse(at)))
          throw new Error(`${flag} needs a date and time, e.g. 2026-03-10T15:00:00Z`)
        args.demoSite.startsAt = at
        break
      }
      case '--probe-every':
        args.probeIntervalMs = integerFlag(flag, value, 1, 3_600) * 1_000
        break
      case '--wix-url':
        wixUrl = textFlag(flag, value)
        break
      case '--api-key':
        apiKey = textFlag(flag, value)
        break
      case '--site-id':
        siteId = textFlag(flag, value)
        break
      default:
        throw new Error(`unknown argument ${flag}`)
    }
  }

  if (wixUrl !== undefined || apiKey !== undefined || siteId !== undefined) {
    if (apiKey === undefined || siteId === undefined)
      throw new Error('--api-key and --site-id go together (with --wix-url for an API other than Wix)')
    const demoFlag = DEMO_FLAGS.find((f) => seen.has(f))
    if (demoFlag) throw new Error(`${demoFlag} is for the demo site, which is not started with --api-key`)
    // The same rules as the Settings form (the IPC contract's schema).
    const credentials = siteCredentialsSchema.safeParse({
      apiKey,
      siteId,
      ...(wixUrl !== undefined ? { apiBaseUrl: wixUrl.replace(/\/+$/, '') } : {}),
    })
    if (!credentials.success) throw new Error(z.prettifyError(credentials.error))
    args.connectTo = credentials.data
  }
  return args
}
