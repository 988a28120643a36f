import { useState } from 'react'
import { Button, Label, Switch, Text, TextArea, TextField } from 'react-aria-components'
import { useBusinessTimeZone } from '../../frame/clock'
import { useDb } from '../../db/DatabaseProvider'
import { useSessionSummary } from '../../queries/useSessionSummary'
import { capacityLine } from '../../queries/session-count-words'
import { useSyncState } from '../../sync/SyncEngineProvider'
import { usePreferences } from '../../state/preferences'
import { ModalDialog } from '../../ui/ModalDialog'
import { useDeskActions } from '../../desk-actions/useDeskActions'
import { CANCEL_ANYWAY, CancelNotes, useCancelFacts } from './CancelNotes'
import { decisionTitle, decisionWords } from './decision-words'
import type { DecisionBooking, DecisionKind } from './decision-types'
import './decisions.css'

export interface DecisionDialogProps {
  kind: DecisionKind
  booking: DecisionBooking
  isOpen: boolean
  /** Called when the dialog is done: submitted, canceled or closed with Esc. */
  onClose: () => void
  /** Called once the decision is recorded (before onClose): e.g. to move the focus on in a queue. */
  onDecided?: () => void
}

/** Main accepts up to 1,000 characters (shared/ipc/bookings): a longer note would fail when sent. */
const MESSAGE_MAX = 1000

/**
 * Confirm or decline a request (pending, or a waitlist decline), or cancel a booking (issue 21), shared by the
 * roster, the inbox and the person's card. The customer hears about it (Wix notifies them), so the desk sees
 * whom and which session, can add a note and can choose not to notify; the primary button has the focus, so
 * Enter, Enter is the keyboard path. A cancel of one part of a multi-service visit cancels the whole visit
 * (visit-scope.ts) and says so; a cancel the desk knows falls inside the service's cancellation window says
 * so before it is sent (CancelNotes.tsx).
 */
export function DecisionDialog({ kind, booking, isOpen, onClose, onDecided }: DecisionDialogProps) {
  return (
    <ModalDialog
      title={decisionTitle(kind, booking)}
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (!open) onClose()
      }}
      dismissable={false}
    >
      <DecisionForm kind={kind} booking={booking} onClose={onClose} onDecided={onDecided} />
    </ModalDialog>
  )
}

/** The dialog's content: mounted only while open, so each opening starts from the desk's defaults. */
function DecisionForm({ kind, booking, onClose, onDecided }: Omit<DecisionDialogProps, 'isOpen'>) {
  const actions = useDeskActions()
  const notifyByDefault = usePreferences((s) => s.notifyCustomers)
  const [notify, setNotify] = useState(notifyByDefault)
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const cancelFacts = useCancelFacts(kind === 'cancel' ? booking : null)
  const words = decisionWords(kind, booking)
  // Inside the window, a plain cancel would be refused: the desk may cancel anyway where the key allows it.
  const anywayFirst = kind === 'cancel' && cancelFacts?.rule?.inside === true && cancelFacts.mayOverride

  const submit = async (anyway = false) => {
    if (!actions || busy) return
    setBusy(true)
    const text = message.trim()
    const choice = { notify, ...(text ? { message: text } : {}) }
    // A refusal is explained in a notice by the action itself; the dialog closes either way.
    const recorded = await (kind === 'confirm'
      ? actions.confirm(booking.id, choice)
      : kind === 'decline'
        ? actions.decline(booking.id, choice)
        : actions.cancel(booking.id, choice, { anyway }))
    if (recorded) onDecided?.()
    onClose()
  }

  return (
    <div className={`desk-dialog decision decision--${kind}`}>
      <p className="decision__session">{booking.sessionLine}</p>
      {booking.eventId && kind !== 'cancel' && <SessionCapacity eventId={booking.eventId} />}
      {kind === 'cancel' && cancelFacts && (
        <CancelNotes facts={cancelFacts} name={booking.name} wholeVisit={booking.wholeVisit === true} />
      )}
      <Switch className="decision__notify" isSelected={notify} onChange={setNotify}>
        <span className="decision__track" aria-hidden="true">
          <span className="decision__thumb" />
        </span>
        Notify the customer
      </Switch>
      <TextField className="decision__message" value={message} onChange={setMessage}>
        <Label className="decision__label">Message to the customer</Label>
        <TextArea className="decision__textarea" rows={3} maxLength={MESSAGE_MAX} />
        <Text slot="description" className="decision__hint">
          Optional. Sent with the notification (up to {MESSAGE_MAX.toLocaleString('en')} characters).
        </Text>
      </TextField>
      <div className="dialog__actions">
        <Button className="button" onPress={onClose}>
          {words.dismiss}
        </Button>
        {/* One button, so the focus stays on it when a cancel's facts arrive and it becomes "Cancel anyway". */}
        <Button
          className={`button ${kind === 'confirm' ? 'button--primary' : 'button--danger'}`}
          autoFocus
          isDisabled={!actions || busy}
          onPress={() => void submit(anywayFirst)}
        >
          {anywayFirst ? CANCEL_ANYWAY : words.primary}
        </Button>
      </div>
    </div>
  )
}

/** How full the request's session is (by the counting rule), so the desk sees what confirming it takes. */
function SessionCapacity({ eventId }: { eventId: string }) {
  const db = useDb()
  const timeZone = useBusinessTimeZone()
  const { progress } = useSyncState()
  const session = useSessionSummary(db, eventId, timeZone)
  if (!session) return null
  return <p className="decision__capacity">{capacityLine(session, progress)}</p>
}
