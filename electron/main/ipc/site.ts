import type { SiteConnection } from '../site/site-connection'
import type { DomainHandlers } from './handlers'

export function siteHandlers(site: SiteConnection): DomainHandlers<'site'> {
  return {
    status: () => site.status(),
    test: (credentials) => site.test(credentials),
    connect: (credentials) => site.connect(credentials),
    useDemo: () => site.useDemo(),
  }
}
