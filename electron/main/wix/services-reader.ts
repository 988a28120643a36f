import { walkInTermsOf, type WalkInTerms } from '@shared/domain/walk-in-terms'
import {
  serviceOptionsAndVariantsSchema,
  serviceSchema,
  type ServiceOptionsAndVariants,
} from '@shared/wix/service'
import type { WixCallContext } from './call-context'
import { iteratePages, nextCursorOf } from './paging'
import { parseWixPage } from './validate'

/** Services V2 pages with offset paging, at most 100 a page; a studio has tens of services, not thousands. */
export const MAX_SERVICES_PAGE = 100
const MAX_SERVICE_PAGES = 20

export interface WalkInTermsList {
  items: WalkInTerms[]
  /** Services (or their variants) Rollcall could not read: set aside and logged. */
  setAside: number
}

/**
 * Services V2 and Service Options and Variants, read for walk-ins (issue 17 item 3): what each service offers
 * (payment options, approval, booking policy, variants), as `WalkInTerms`. Read-only.
 */
export function createServicesReader({ sdk, transport, retry, log }: WixCallContext) {
  /** Every service, by offset (Query Services has no cursor paging), sorted so pages do not shift. */
  async function services() {
    const items: ReturnType<typeof serviceSchema.parse>[] = []
    let setAside = 0
    for (let page = 0; page < MAX_SERVICE_PAGES; page++) {
      const offset = page * MAX_SERVICES_PAGE
      const exchange = await retry(() =>
        transport.exchange(() =>
          sdk.services.queryServices({
            sort: [{ fieldName: 'id', order: 'ASC' }],
            paging: { limit: MAX_SERVICES_PAGE, offset },
          } as never),
        ),
      )
      const read = parseWixPage(exchange.body, 'services', serviceSchema, 'Query Services', log)
      items.push(...read.items)
      setAside += read.setAside
      const seen = read.items.length + read.setAside
      const total = read.pagingMetadata?.total
      // Wix may say how many there are (`total`) or not; a short page is the last either way.
      if (seen < MAX_SERVICES_PAGE || (typeof total === 'number' && offset + seen >= total)) break
    }
    return { items, setAside }
  }

  /** The options and variants of the given services (most have none). */
  async function variants(serviceIds: readonly string[]) {
    const byService = new Map<string, ServiceOptionsAndVariants>()
    let setAside = 0
    if (serviceIds.length === 0) return { byService, setAside }
    for await (const page of iteratePages(async (cursor) => {
      const query = cursor
        ? { cursorPaging: { cursor } }
        : { filter: { serviceId: { $in: [...serviceIds] } }, cursorPaging: { limit: 100 } }
      const exchange = await retry(() =>
        transport.exchange(() =>
          sdk.serviceOptionsAndVariants.queryServiceOptionsAndVariants(query as never),
        ),
      )
      const read = parseWixPage(
        exchange.body,
        'serviceOptionsAndVariantsList',
        serviceOptionsAndVariantsSchema,
        'Query Service Options And Variants',
        log,
      )
      return { items: read.items, setAside: read.setAside, nextCursor: nextCursorOf(read.pagingMetadata) }
    })) {
      for (const item of page.items) byService.set(item.serviceId, item)
      setAside += page.setAside
    }
    return { byService, setAside }
  }

  return {
    async walkInTerms(): Promise<WalkInTermsList> {
      const read = await services()
      const options = await variants(read.items.map((s) => s.id))
      return {
        items: read.items.map((service) => walkInTermsOf(service, options.byService.get(service.id))),
        setAside: read.setAside + options.setAside,
      }
    },
  }
}

export type ServicesReader = ReturnType<typeof createServicesReader>
