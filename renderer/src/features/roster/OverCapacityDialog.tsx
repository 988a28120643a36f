import { Button } from 'react-aria-components'
import type { RosterEntry, SessionSummary } from '../../queries/roster-view'
import { noRoomWords } from '../../queries/session-count-words'
import { ModalDialog } from '../../ui/ModalDialog'

export interface OverCapacityDialogProps {
  session: SessionSummary
  entry: RosterEntry
  isOpen: boolean
  /** The desk chose to book over capacity. */
  onOverride: () => void
  onClose: () => void
}

/**
 * Moving someone off the waitlist of a full session overfills it; Wix would refuse, so the desk must say so
 * explicitly. The safe answer (keep on the waitlist) has the focus.
 */
export function OverCapacityDialog({ session, entry, isOpen, onOverride, onClose }: OverCapacityDialogProps) {
  const party = entry.booking.participants
  const { title, why } = noRoomWords(session)
  return (
    <ModalDialog
      title={title}
      role="alertdialog"
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (!open) onClose()
      }}
    >
      <div className="desk-dialog over-capacity">
        <p>
          {why}. Booking {entry.name}
          {party > 1 ? ` (party of ${party})` : ''} puts the session over capacity.
        </p>
        <div className="dialog__actions">
          <Button className="button" autoFocus onPress={onClose}>
            Keep on waitlist
          </Button>
          <Button className="button button--danger" onPress={onOverride}>
            Book over capacity
          </Button>
        </div>
      </div>
    </ModalDialog>
  )
}
