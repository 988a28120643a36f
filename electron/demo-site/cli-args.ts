import { integerFlag, textFlag } from '../main/command-line'
import type { DemoSiteOptions } from './server'

/**
 * `npm run demo-site -- --port 4010 --seed 7 --bookings 2000 --api-key K --site-id S [--control]
 *   [--rate-limit 200] [--now 2026-03-02T15:00:00Z | --starts-at 2026-03-02T15:00:00Z]`
 */
export const DEMO_SITE_USAGE =
  'usage: demo-site [--port N] [--seed N] [--bookings N] [--api-key KEY] [--site-id ID] [--control] [--rate-limit N] [--now ISO | --starts-at ISO]'

export function parseDemoSiteArgs(argv: readonly string[]): DemoSiteOptions {
  const options: DemoSiteOptions = {}
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    const value = argv[i + 1]
    switch (flag) {
      case '--port':
        options.port = integerFlag(flag, value, 0, 65_535)
        i++
        break
      case '--seed':
        options.seed = integerFlag(flag, value, 0, Number.MAX_SAFE_INTEGER)
        i++
        break
      case '--bookings':
        options.bookings = integerFlag(flag, value, 0, 200_000)
        i++
        break
      case '--api-key':
        options.apiKey = textFlag(flag, value)
        i++
        break
      case '--site-id':
        options.siteId = textFlag(flag, value)
        i++
        break
      case '--rate-limit':
        options.rateLimitPerMinute = integerFlag(flag, value, 1, Number.MAX_SAFE_INTEGER)
        i++
        break
      case '--now':
        options.now = textFlag(flag, value)
        i++
        break
      case '--starts-at':
        options.startsAt = textFlag(flag, value)
        i++
        break
      case '--control':
        options.control = true
        break
      default:
        throw new Error(`unknown argument ${String(flag)}`)
    }
  }
  return options
}
