import { useState } from 'react'
import type { Decision, DecisionBooking, DecisionKind } from './decision-types'

/** The decision dialog's state for a screen: which request (if any) the desk is deciding now. */
export function useDecision() {
  const [decision, setDecision] = useState<Decision | null>(null)
  return {
    decision,
    open: (kind: DecisionKind, booking: DecisionBooking) => setDecision({ kind, booking }),
    close: () => setDecision(null),
  }
}
