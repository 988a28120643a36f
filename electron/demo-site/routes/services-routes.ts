import { z } from 'zod'
import { applicationError, invalidField } from '../http/wix-error'
import { parseRequest } from '../http/request-validation'
import type { Route } from '../http/router'
import type { DemoService } from '../model'
import { pagingMetadataV2 } from '../query/paging-metadata'
import { executeQuery, planQuery, type QueryRules } from '../query/run-query'
import { serviceOptionsQueryFields, serviceQueryFields } from '../query/service-fields'
import { hasVariants, toWixService, toWixServiceOptionsAndVariants } from '../service-view'

/**
 * Services V2 (Query Services, Get Service) and Service Options and Variants (Query, Get by service id): what
 * a desk reads to book walk-ins the way the studio's services want (payment options, booking policy,
 * variants). Read-only: the studio's menu is fixed.
 */

// Query Services' `QueryV2` has only offset `paging` (SDK typings); the SDK's queryServices() pages by
// `limit` 100, sorted by `createdDate` ascending.
const servicesRules: QueryRules = {
  scope: 'services',
  at: 'query',
  defaultLimit: 100,
  maxLimit: 100,
  defaultSort: [{ fieldName: 'createdDate', order: 'ASC' }],
  tieBreaker: 'id',
}

// GUESS: Query Service Options and Variants' default sort (`id`), page size 50 and maximum 100; the SDK
// typings give neither.
const optionsRules: QueryRules = {
  scope: 'service-options-and-variants',
  at: 'query',
  defaultLimit: 50,
  maxLimit: 100,
  defaultSort: [{ fieldName: 'id', order: 'ASC' }],
  tieBreaker: 'id',
}

const queryBodySchema = z.object({
  query: z.record(z.string(), z.unknown()).nullish(),
  conditionalFields: z.array(z.string()).nullish(),
})

function servicesInOrder(services: Iterable<DemoService>): {
  all: DemoService[]
  order: Map<string, number>
} {
  const all = [...services]
  return { all, order: new Map(all.map((s, i) => [s.id, i])) }
}

function serviceNotFound(serviceId: string) {
  // GUESS: the code of Get Service / Get by service id for an unknown id (the SDK lists none for them).
  return applicationError(404, 'SERVICE_NOT_FOUND', `Service ${serviceId} was not found`, { serviceId })
}

export const servicesRoutes: Route[] = [
  {
    service: 'services',
    method: 'POST',
    path: '/v2/services/query',
    handler: ({ body }, site) => {
      const query = parseRequest(queryBodySchema, body).query ?? {}
      // GUESS: cursor paging, which Query Services' QueryV2 lacks, is a 400 rather than ignored.
      if (query['cursorPaging'] !== undefined && query['cursorPaging'] !== null)
        throw invalidField('query.cursorPaging', 'Query Services pages by offset: send query.paging')
      const { all, order } = servicesInOrder(site.store.services.values())
      // No paging sent is the first offset page (never the cursor mode of the shared planner).
      const plan = planQuery(
        { ...query, paging: query['paging'] ?? {} },
        serviceQueryFields(order),
        servicesRules,
      )
      const page = executeQuery(plan, all, servicesRules)
      return { services: page.items.map(toWixService), pagingMetadata: pagingMetadataV2(page.pagingMetadata) }
    },
  },
  {
    service: 'services',
    method: 'GET',
    path: '/v2/services/:serviceId',
    handler: ({ params }, site) => {
      const serviceId = params['serviceId'] ?? ''
      const service = site.store.services.get(serviceId)
      if (!service) throw serviceNotFound(serviceId)
      return { service: toWixService(service) }
    },
  },
  {
    service: 'service-options',
    method: 'POST',
    path: '/v1/serviceOptionsAndVariants/query',
    handler: ({ body }, site) => {
      const query = parseRequest(queryBodySchema, body).query ?? {}
      const plan = planQuery(query, serviceOptionsQueryFields, optionsRules)
      const withVariants = [...site.store.services.values()].filter(hasVariants)
      const page = executeQuery(plan, withVariants, optionsRules)
      return {
        serviceOptionsAndVariantsList: page.items.filter(hasVariants).map(toWixServiceOptionsAndVariants),
        pagingMetadata: pagingMetadataV2(page.pagingMetadata),
      }
    },
  },
  {
    service: 'service-options',
    method: 'GET',
    path: '/v1/serviceOptionsAndVariants/service_id/:serviceId',
    handler: ({ params }, site) => {
      const serviceId = params['serviceId'] ?? ''
      const service = site.store.services.get(serviceId)
      if (!service) throw serviceNotFound(serviceId)
      // GUESS: a service without options and variants answers 404 (Wix may answer an empty object instead).
      if (!hasVariants(service))
        throw applicationError(
          404,
          'SERVICE_OPTIONS_AND_VARIANTS_NOT_FOUND',
          `Service ${serviceId} has no options and variants`,
          { serviceId },
        )
      // The SDK's response names the object `serviceVariants` (GetServiceOptionsAndVariantsByServiceIdResponse).
      return { serviceVariants: toWixServiceOptionsAndVariants(service) }
    },
  },
]
