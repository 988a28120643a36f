import type { SiteCheckAnswer } from '@shared/ipc/site-check'
import type { Log } from '../logs/console-log'
import type { SiteConnection } from '../site/site-connection'
import { checkSite } from './check-site'
import { writeReport } from './report'

export interface SiteCheckRunnerDeps {
  site: Pick<SiteConnection, 'checkTarget'>
  /** How main reaches the network (Electron's net.fetch in the app). */
  fetch: typeof fetch
  /** Where report files go: the app's logs folder, so "Open logs folder" shows them beside the log. */
  reportFolder: string
  log?: Log
  now?: () => number
}

/** Settings → Check this site: the check on the active site (saved credentials, or the demo site's). */
export function createSiteCheckRunner(deps: SiteCheckRunnerDeps): () => Promise<SiteCheckAnswer> {
  return async () => {
    const target = deps.site.checkTarget()
    const report = await checkSite({
      ...target,
      fetch: deps.fetch,
      ...(deps.log ? { log: deps.log } : {}),
      ...(deps.now ? { now: deps.now } : {}),
    })
    const written = await writeReport(report, { folder: deps.reportFolder })
    return { report, ...written }
  }
}
