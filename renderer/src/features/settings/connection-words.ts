import type { IpcError } from '@shared/ipc/envelope'
import { unsendableCredentialCodes } from '@shared/ipc/pasted-credentials'
import { SITE_NOT_FOUND_CODE } from '@shared/ipc/site'
import { WIX_API_ORIGIN } from '@shared/wix/api-origin'

const unsendable: ReadonlySet<string> = new Set(Object.values(unsendableCredentialCodes))

/** The API address as the desk knows it: Wix by name, any other address as typed. */
function place(address: string): string {
  return address === WIX_API_ORIGIN ? `Wix (${WIX_API_ORIGIN})` : address
}

/**
 * Why a connection test or a switch of site did not work, in words the front desk can act on where they read
 * them: in Settings, with the form in front of them (so never "go to Settings"). `address` is the API address
 * that was tried, named when it cannot be reached. The error's own message (from Wix or from main) is kept
 * as the detail, for whoever helps them.
 */
export function connectionProblem(error: IpcError, address: string): string {
  // main refused to send a key or site ID HTTP cannot carry; its words name the character.
  if (unsendable.has(error.code)) return error.message
  if (error.code === SITE_NOT_FOUND_CODE)
    return 'Wix has no site with this site ID for this API key. Check the site ID (it is in your site’s dashboard address, after /dashboard/), and that the key comes from the Wix account that owns the site.'
  const custom = address !== WIX_API_ORIGIN
  switch (error.kind) {
    case 'auth':
      return 'Wix did not accept this API key for this site. Check the key and the site ID, and copy them again from the API Keys Manager if needed.'
    case 'forbidden':
      return 'This API key is not allowed to use Wix Bookings on this site. Give it the Bookings permissions in the API Keys Manager.'
    case 'not_found':
      return `Nothing was found for this site ID at ${place(address)}. Check the site ID and the address.`
    case 'network':
      return custom
        ? `Rollcall could not reach ${address}. Check the address, that the API there is running, and the internet connection, then try again.`
        : `Rollcall could not reach ${place(address)}. Check the internet connection, then try again.`
    case 'timeout':
      return `${place(address)} took too long to answer. Check the internet connection${custom ? ' and the address' : ''}, then try again.`
    case 'unavailable':
      return `${place(address)} answered, but cannot serve requests right now. Try again in a few minutes.`
    case 'rate_limited':
      return 'Wix asked Rollcall to slow down. Wait a minute, then try again.'
    case 'invalid':
    case 'invalid_input':
    case 'rejected':
      return 'Wix refused these details. Check the API key and the site ID.'
    case 'storage':
      return 'This computer cannot keep the API key safely, so the site was not saved.'
    case 'bad_response':
      return custom
        ? `${address} answered, but not the way Wix does. Check the address.`
        : 'Wix sent an answer Rollcall cannot read. Try again in a few minutes.'
    default:
      return 'Something went wrong inside Rollcall while connecting. Try again; if it keeps happening, restart Rollcall.'
  }
}

/** A thrown error (the bridge missing, a bug) as an IpcError, so it is shown like any other. */
export function bridgeError(error: unknown): IpcError {
  return {
    kind: 'internal',
    code: 'BRIDGE',
    message: error instanceof Error ? error.message : String(error),
    retryable: false,
    mayHaveReachedServer: true,
  }
}
