import { getSitePropertiesResponseSchema } from '@shared/wix/site-properties'
import type { SiteProfile } from '@shared/ipc/site'
import type { RestCaller } from './rest-call'
import { restEndpoints } from './rest-endpoints'
import { parseWixResponse } from './validate'

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** The business profile (name, time zone) from Site Properties V4. */
export function createSitePropertiesApi(call: RestCaller) {
  return {
    async profile(fallbackTimeZone: string): Promise<SiteProfile> {
      const answer = await call(restEndpoints.getSiteProperties.path, {
        method: restEndpoints.getSiteProperties.method,
      })
      const { properties } = parseWixResponse(getSitePropertiesResponseSchema, answer, 'Get Site Properties')
      const timeZone =
        properties.timeZone && isTimeZone(properties.timeZone) ? properties.timeZone : fallbackTimeZone
      return {
        businessName:
          properties.businessName?.trim() || properties.siteDisplayName?.trim() || 'Your Wix site',
        timeZone,
      }
    },
  }
}
