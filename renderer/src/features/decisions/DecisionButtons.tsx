import { Button } from 'react-aria-components'
import type { DecisionKind } from './decision-types'

export interface DecisionButtonsProps {
  /** "Dana Lee": in each button's accessible name, so a list of requests reads unambiguously. */
  name: string
  onDecide: (kind: DecisionKind) => void
  /** Put `data-row-primary` on Confirm, for a virtual list's ↑/↓. */
  rowPrimary?: boolean
}

/** Confirm / Decline of a pending request: both open the decision dialog, nothing is done at once. */
export function DecisionButtons({ name, onDecide, rowPrimary = false }: DecisionButtonsProps) {
  return (
    <div className="button-row">
      <Button
        className="button button--primary"
        aria-label={`Confirm booking for ${name}`}
        data-row-primary={rowPrimary ? '' : undefined}
        onPress={() => onDecide('confirm')}
      >
        Confirm
      </Button>
      <Button
        className="button"
        aria-label={`Decline booking for ${name}`}
        onPress={() => onDecide('decline')}
      >
        Decline
      </Button>
    </div>
  )
}
