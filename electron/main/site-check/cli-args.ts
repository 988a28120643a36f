import { siteCredentialsSchema } from '@shared/ipc/site'
import { WIX_API_ORIGIN } from '@shared/wix/api-origin'
import { textFlag } from '../command-line'
import type { WixCredentials } from '../wix/sdk'

export const CHECK_SITE_USAGE = `usage: npm run check-site -- --api-key KEY --site-id SITE_ID [--wix-url ${WIX_API_ORIGIN}] [--out report.json]`

export interface CheckSiteArgs {
  credentials: WixCredentials
  baseUrl: string
  /** Where the JSON report goes (its text summary beside it); the current folder by default. */
  out: string | null
}

/** The CLI's arguments, checked by the same rules as Settings' form; a problem is an Error in words. */
export function parseCheckSiteArgs(argv: readonly string[]): CheckSiteArgs {
  const given: Record<string, string> = {}
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] ?? ''
    if (!['--api-key', '--site-id', '--wix-url', '--out'].includes(flag))
      throw new Error(`unknown argument ${flag}`)
    given[flag] = textFlag(flag, argv[i + 1])
    i++
  }
  if (!given['--api-key']) throw new Error('--api-key is required: the API key from Wix’s API Keys Manager')
  if (!given['--site-id']) throw new Error('--site-id is required: the site ID from the dashboard URL')
  const parsed = siteCredentialsSchema.safeParse({
    apiKey: given['--api-key'],
    siteId: given['--site-id'],
    apiBaseUrl: given['--wix-url'],
  })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const flag = { apiKey: '--api-key', siteId: '--site-id', apiBaseUrl: '--wix-url' }[String(issue?.path[0])]
    throw new Error(`${flag ?? 'argument'}: ${issue?.message ?? 'not valid'}`)
  }
  return {
    credentials: { apiKey: parsed.data.apiKey, siteId: parsed.data.siteId },
    baseUrl: parsed.data.apiBaseUrl ?? WIX_API_ORIGIN,
    out: given['--out'] ?? null,
  }
}
