import { ApiKeyStrategy, createClient } from '@wix/sdk'
import { attendance, bookings, extendedBookings, serviceOptionsAndVariants, services } from '@wix/bookings'
import type { WixTransport } from './transport'

export interface WixCredentials {
  apiKey: string
  siteId: string
}

/** The official SDK, authenticated with an API key for one site, sending through our transport. */
export function createSdk(credentials: WixCredentials, transport: WixTransport) {
  return createClient({
    modules: { bookings, extendedBookings, attendance, services, serviceOptionsAndVariants },
    auth: ApiKeyStrategy({ apiKey: credentials.apiKey, siteId: credentials.siteId }),
    fetch: transport.sdkFetch,
  })
}

export type WixSdk = ReturnType<typeof createSdk>
