import { MISSING_PERMISSION } from '@shared/domain/conflict-reasons'
import type { IpcError } from '@shared/ipc/envelope'
import { SITE_NOT_FOUND_CODE } from '@shared/ipc/site'
import { classifyFailure } from './failure-kinds'
import { gatewayErrorOf, unwrap } from './gateway'
import type { ReplayContext } from './replay-context'

/**
 * A write refused as unauthorised (401) or forbidden (403) is either the key's failure — revoked, or the site
 * no longer its — which pauses the whole sync, or a permission this one call needs and the key lacks (Wix
 * answers that with 403, and "occasionally" 401: electron/main/wix/README.md, "SDK facts" C2), which is that
 * change's problem alone. Wix's answer does not say which, so the key is tried on a read every desk needs: if
 * Wix still takes it, the refusal becomes a `rejected` failure coded MISSING_PERMISSION (Needs attention, in
 * words); if Wix refuses the read too, the original failure stands (pause); if the read fails for another
 * reason, that failure stands (tried again later). A wrong site is the key's failure without asking.
 */
export async function keyOrPermission(
  ctx: ReplayContext,
  failure: IpcError,
  bookingId: string,
): Promise<IpcError> {
  if (classifyFailure(failure).kind !== 'auth' || failure.code === SITE_NOT_FOUND_CODE) return failure
  try {
    await unwrap(ctx.gateway.bookings.query({ select: { by: 'ids', ids: [bookingId] }, limit: 1 }))
  } catch (error) {
    return gatewayErrorOf(error)
  }
  return {
    kind: 'rejected',
    code: MISSING_PERMISSION,
    message: `Wix refused this with the key's permissions (${failure.message})`,
    retryable: false,
    // Wix answered the write with a refusal: it reached Wix and changed nothing.
    mayHaveReachedServer: true,
  }
}
