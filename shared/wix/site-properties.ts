import { z } from 'zod'

/**
 * Site Properties V4 (`GET /site-properties/v4/properties`): the business profile from Settings > Business
 * Info. Rollcall needs the name for its header and the time zone for "today". Both can be empty on a site
 * that never filled them in, so both are optional here and the caller picks fallbacks.
 */
export const sitePropertiesSchema = z.looseObject({
  businessName: z.string().nullish(),
  siteDisplayName: z.string().nullish(),
  timeZone: z.string().nullish(),
  locale: z.looseObject({ languageCode: z.string().nullish(), country: z.string().nullish() }).nullish(),
})

export const getSitePropertiesResponseSchema = z.looseObject({
  properties: sitePropertiesSchema,
  version: z.union([z.string(), z.number()]).nullish(),
})

export type SiteProperties = z.infer<typeof sitePropertiesSchema>
