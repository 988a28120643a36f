import type { IpcError } from '@shared/ipc/envelope'

/**
 * Why a connection test or a switch of site did not work, in words the front desk can act on. The error's
 * own message (from Wix or from main) is kept as the detail, for whoever helps them.
 */
export function connectionProblem(error: IpcError): string {
  switch (error.kind) {
    case 'auth':
      return 'Wix did not accept this API key for this site. Check the key and the site ID, and copy them again from the API Keys Manager if needed.'
    case 'forbidden':
      return 'This API key is not allowed to use Wix Bookings on this site. Give it the Bookings permissions in the API Keys Manager.'
    case 'not_found':
      return 'Nothing was found for this site ID at this API address. Check the site ID and the address.'
    case 'network':
    case 'timeout':
    case 'unavailable':
      return 'Rollcall could not reach the API address. Check the internet connection (and the address, if you changed it), then try again.'
    case 'rate_limited':
      return 'Wix asked Rollcall to slow down. Wait a minute, then try again.'
    case 'invalid':
    case 'invalid_input':
    case 'rejected':
      return 'Wix refused these details. Check the API key and the site ID.'
    case 'storage':
      return 'This computer cannot keep the API key safely, so the site was not saved.'
    case 'bad_response':
      return 'The API address answered, but not the way Wix does. Check the address.'
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
  }
}
