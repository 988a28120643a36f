import { cancelAnywayUnavailableWords } from '@shared/domain/conflict-reasons'
import { useLiveQuery } from 'dexie-react-hooks'
import { useDb } from '../../db/DatabaseProvider'
import { useClock } from '../../frame/clock'
import { useShellStore } from '../../frame/shell-store'
import { cancellationRuleOf, type CancellationRule } from '../../queries/cancellation-policy'
import { keyLacks } from '../../sync/key-permissions'
import type { DecisionBooking } from './decision-types'

/** The button that cancels over the business's cancellation policy (the dialog's, and Needs attention's). */
export const CANCEL_ANYWAY = 'Cancel anyway'

/** What a cancel's dialog tells before sending: the service's rule (when known), and whether the key may override it. */
export interface CancelFacts {
  rule: CancellationRule | null
  /** The key is not known to lack BOOKINGS.IGNORE_BOOKING_POLICY (key-permissions.ts). */
  mayOverride: boolean
}

/** The cancel's facts from the local store, live; undefined while reading (or for no booking). */
export function useCancelFacts(booking: Pick<DecisionBooking, 'id'> | null): CancelFacts | undefined {
  const db = useDb()
  const now = useClock()
  const keyId = useShellStore((s) => s.site?.keyId ?? null)
  const id = booking?.id ?? null
  return useLiveQuery(async () => {
    if (!id) return undefined
    const [row, lacks] = await Promise.all([db.bookings.get(id), keyLacks(db, keyId)])
    return { rule: await cancellationRuleOf(db, row, now()), mayOverride: !lacks.has('ignoreBookingPolicy') }
  }, [db, id, keyId, now])
}

/**
 * Said in the Cancel dialog before anything is sent (issue 21): a whole visit is canceled as one, and a cancel
 * the desk knows falls inside the service's cancellation window would be refused by Wix — then the dialog's
 * button is "Cancel anyway" where the key may, or it says what the key needs instead.
 */
export function CancelNotes({
  facts,
  name,
  wholeVisit = false,
}: {
  facts: CancelFacts
  name: string
  wholeVisit?: boolean
}) {
  const { rule, mayOverride } = facts
  return (
    <>
      {wholeVisit && (
        <p className="decision__note">
          This booking is one part of a multi-service visit: Wix cancels a visit only as a whole, so every
          booking of it is canceled.
        </p>
      )}
      {rule?.inside && (
        <p className="decision__note" role="note">
          The service&apos;s cancellation policy allows {rule.words}, and this booking is inside that window,
          so Wix refuses a plain cancel.{' '}
          {mayOverride ? `${CANCEL_ANYWAY} cancels it over the policy.` : cancelAnywayUnavailableWords(name)}
        </p>
      )}
    </>
  )
}
