import type { DemoSiteOptions } from './server'

/**
 * `npm run demo-site -- --port 4010 --seed 7 --bookings 2000 --api-key K --site-id S [--control]
 *   [--rate-limit 200] [--now 2026-03-02T15:00:00Z | --starts-at 2026-03-02T15:00:00Z]`
 */
export const DEMO_SITE_USAGE =
  'usage: demo-site [--port N] [--seed N] [--bookings N] [--api-key KEY] [--site-id ID] [--control] [--rate-limit N] [--now ISO | --starts-at ISO]'

export function parseDemoSiteArgs(argv: readonly string[]): DemoSiteOptions {
  const options: DemoSiteOptions = {}
  const integer = (flag: string, value: string | undefined, min: number): number => {
    const n = Number(value)
    if (value === undefined || !Number.isInteger(n) || n < min)
      throw new Error(`${flag} needs an integer ≥ ${min}`)
    return n
  }
  const text = (flag: string, value: string | undefined): string => {
    if (value === undefined || value === '' || value.startsWith('--'))
      throw new Error(`${flag} needs a value`)
    return value
  }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    const value = argv[i + 1]
    switch (flag) {
      case '--port':
        options.port = integer(flag, value, 0)
        i++
        break
      case '--seed':
        options.seed = integer(flag, value, 0)
        i++
        break
      case '--bookings':
        options.bookings = integer(flag, value, 0)
        i++
        break
      case '--api-key':
        options.apiKey = text(flag, value)
        i++
        break
      case '--site-id':
        options.siteId = text(flag, value)
        i++
        break
      case '--rate-limit':
        options.rateLimitPerMinute = integer(flag, value, 1)
        i++
        break
      case '--now':
        options.now = text(flag, value)
        i++
        break
      case '--starts-at':
        options.startsAt = text(flag, value)
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
