import { useDeskUi } from '../../state/desk-ui'
import { ModalDialog } from '../../ui/ModalDialog'
import { WalkInForm } from './WalkInForm'
import './walk-in.css'

/**
 * "Add walk-in" (the header button, `W`): mounted once in the app and opened through the desk's UI state,
 * on the session it was opened from or the one running now. A fresh form each time it opens. Not closed by
 * a click outside: what was typed is not lost by a stray tap.
 */
export function WalkInDialog() {
  const { open, eventId } = useDeskUi((s) => s.walkIn)
  const closeWalkIn = useDeskUi((s) => s.closeWalkIn)
  return (
    <ModalDialog
      title="Add walk-in"
      isOpen={open}
      onOpenChange={(isOpen) => {
        if (!isOpen) closeWalkIn()
      }}
      dismissable={false}
    >
      <WalkInForm preferredEventId={eventId} onDone={closeWalkIn} />
    </ModalDialog>
  )
}
