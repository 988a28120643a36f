import { CANCELABLE } from '@shared/domain/booking-intents'
import { visitOf } from '@shared/domain/booking-lifecycle'
import { Button } from 'react-aria-components'
import type { BookingRow } from '../../db/rows'

/** One part of a multi-service visit: the desk cancels the whole visit (renderer/src/sync/visit-scope.ts). */
export function isVisitPart(row: Pick<BookingRow, 'server'>): boolean {
  return row.server ? visitOf(row.server.booking) !== null : false
}

/** Whether the desk offers to cancel this booking: one Wix has, in a status Wix cancels (CANCELABLE). */
export function isCancelable(row: Pick<BookingRow, 'server' | 'status'>): boolean {
  return row.server !== null && row.server !== undefined && CANCELABLE.has(row.status)
}

/** "Cancel booking", or "Cancel the whole visit" for a part of a multi-service visit. */
export const cancelLabel = (row: Pick<BookingRow, 'server'>) =>
  isVisitPart(row) ? 'Cancel the whole visit' : 'Cancel booking'

/**
 * "Cancel booking" (issue 21) on a roster row and on the person's card: opens the Cancel dialog
 * (DecisionDialog, kind `cancel`), where the desk confirms; nothing is done at once. Shown only for a booking the
 * desk may cancel. Its accessible name starts with what it shows, then names whose ("…for Dana Lee").
 */
export function CancelButton({
  booking,
  name,
  onCancel,
  ready = true,
  quiet = true,
}: {
  booking: Pick<BookingRow, 'server' | 'status'>
  /** "Dana Lee", with the session where one person's bookings are listed together. */
  name: string
  onCancel: () => void
  ready?: boolean
  quiet?: boolean
}) {
  if (!isCancelable(booking)) return null
  const label = cancelLabel(booking)
  return (
    <Button
      className={`button${quiet ? ' button--quiet' : ''}`}
      aria-label={`${label} for ${name}`}
      aria-haspopup="dialog"
      isDisabled={!ready}
      onPress={onCancel}
    >
      {label}
    </Button>
  )
}
