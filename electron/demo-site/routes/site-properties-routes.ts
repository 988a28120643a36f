import type { Route } from '../http/router'

/**
 * Site Properties V4, Get Site Properties (`GET /site-properties/v4/properties`): the business profile the
 * app shows in its header and uses for "today". The demo business fills in the fields Rollcall reads.
 */
export const sitePropertiesRoutes: Route[] = [
  {
    service: 'site-properties',
    method: 'GET',
    path: '/v4/properties',
    handler: (_request, site) => ({
      properties: {
        businessName: site.store.businessName,
        siteDisplayName: site.store.businessName,
        timeZone: site.store.timeZone,
        locale: { languageCode: 'en', country: 'US' },
        paymentCurrency: 'USD',
        businessConfig: 'FITNESS SERVICE',
      },
      version: '1',
    }),
  },
]
