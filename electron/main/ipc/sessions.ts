import type { SiteConnection } from '../site/site-connection'
import type { DomainHandlers } from './handlers'

export function sessionsHandlers(site: SiteConnection): DomainHandlers<'sessions'> {
  return {
    // Local dates are the business's: the site's own time zone, not this computer's.
    query: (input) =>
      site
        .client()
        .calendar.page(
          'cursor' in input ? input : { window: { ...input, timeZone: site.status().timeZone } },
        ),
    byIds: async ({ ids }) => ({ items: await site.client().calendar.byIds(ids) }),
  }
}
