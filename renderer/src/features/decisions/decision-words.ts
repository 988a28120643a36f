import type { DecisionBooking, DecisionKind } from './decision-types'

/** The decision dialog's words: its primary button, and the one that closes it without doing anything. */
export interface DecisionWords {
  primary: string
  dismiss: string
}

/** "Cancel Dana Lee's booking", "Cancel Dana Lee's whole visit": what the dialog asks about. */
export function decisionTitle(kind: DecisionKind, booking: Pick<DecisionBooking, 'name' | 'wholeVisit'>) {
  if (kind === 'cancel' && booking.wholeVisit) return `Cancel ${booking.name}'s whole visit`
  const verb = kind === 'confirm' ? 'Confirm' : kind === 'decline' ? 'Decline' : 'Cancel'
  return `${verb} ${booking.name}'s booking`
}

export function decisionWords(
  kind: DecisionKind,
  booking: Pick<DecisionBooking, 'wholeVisit'>,
): DecisionWords {
  switch (kind) {
    case 'confirm':
      return { primary: 'Confirm booking', dismiss: 'Cancel' }
    case 'decline':
      return { primary: 'Decline booking', dismiss: 'Cancel' }
    case 'cancel':
      // "Cancel" would read both ways here: the button that does nothing keeps the booking.
      return booking.wholeVisit
        ? { primary: 'Cancel the whole visit', dismiss: 'Keep the visit' }
        : { primary: 'Cancel booking', dismiss: 'Keep booking' }
  }
}
