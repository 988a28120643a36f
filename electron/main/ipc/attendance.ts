import type { SiteConnection } from '../site/site-connection'
import type { DomainHandlers } from './handlers'

export function attendanceHandlers(site: SiteConnection): DomainHandlers<'attendance'> {
  return {
    set: (change) => site.client().attendance.set(change),
    bulkSet: async ({ changes }) => ({ outcomes: await site.client().attendance.bulkSet(changes) }),
    query: (input) => site.client().attendance.page(input),
  }
}
