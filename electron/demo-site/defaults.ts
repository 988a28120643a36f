import { demoBusinessProfile } from './profile'

/** What the demo site uses when nothing else is given, so the app can always connect to it. */
export const DEMO_API_KEY = 'demo-api-key.rollcall.local'
// Shaped like a real site ID (a GUID), so Settings and the web host's --site-id accept a demo site run apart.
export const DEMO_SITE_ID = 'd3e05173-0000-4000-8000-000000000001'
export const DEFAULT_DEMO_SEED = 1
export const DEFAULT_DEMO_BOOKINGS = 600
/** Wix's documented budget (electron/main/wix/README.md, "Retries and rate limit"). */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 200
export const DEMO_TIME_ZONE = demoBusinessProfile.timeZone
export const DEMO_BUSINESS_NAME = demoBusinessProfile.businessName
