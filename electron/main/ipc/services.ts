import type { SiteConnection } from '../site/site-connection'
import type { DomainHandlers } from './handlers'

export function servicesHandlers(site: SiteConnection): DomainHandlers<'services'> {
  return {
    walkInTerms: () => site.client().services.walkInTerms(),
  }
}
