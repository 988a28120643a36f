import type { SiteCheckAnswer } from '@shared/ipc/site-check'
import type { SiteConnection } from '../site/site-connection'
import { IpcFailure } from './failure'
import type { DomainHandlers } from './handlers'

const noSiteCheck = (): Promise<SiteCheckAnswer> =>
  Promise.reject(
    new IpcFailure({
      kind: 'not_found',
      code: 'NO_SITE_CHECK',
      message: 'The site check is not available here.',
      retryable: false,
      mayHaveReachedServer: false,
    }),
  )

export function siteHandlers(
  site: SiteConnection,
  checkSite: () => Promise<SiteCheckAnswer> = noSiteCheck,
): DomainHandlers<'site'> {
  return {
    status: () => site.status(),
    test: (credentials) => site.test(credentials),
    connect: (credentials) => site.connect(credentials),
    useDemo: () => site.useDemo(),
    check: () => checkSite(),
  }
}
