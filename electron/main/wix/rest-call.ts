import type { WixCallContext } from './call-context'
import { WIX_API_ORIGIN } from '@shared/wix/api-origin'

export type FetchWithAuth = (url: string, init?: RequestInit) => Promise<Response>

/** fetchWithAuth resolves on any status; failing here lets the transport classify the answer from the wire. */
function requireOk(response: Response): Response {
  if (response.status !== 200) throw new Error(`HTTP ${response.status}`)
  return response
}

/**
 * For Wix endpoints with no SDK module on the registry here (Calendar Events V3, Site Properties): the SDK
 * client's authenticated fetch, through the same transport, retries and rate limit as every other call.
 * Answers the raw JSON body, to be parsed by the caller's schema.
 */
export function createRestCaller({ transport, retry }: WixCallContext, fetchWithAuth: FetchWithAuth) {
  return async (path: string, init?: RequestInit): Promise<unknown> =>
    (
      await retry(() =>
        transport.exchange(() => fetchWithAuth(`${WIX_API_ORIGIN}${path}`, init).then(requireOk)),
      )
    ).body
}

export type RestCaller = ReturnType<typeof createRestCaller>
