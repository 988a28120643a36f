import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { Button, Label, Radio, RadioGroup, Text } from 'react-aria-components'
import { useDb } from '../../db/DatabaseProvider'
import type { BookingRow } from '../../db/rows'
import { useDeskActions } from '../../desk-actions/useDeskActions'
import { useBusinessTimeZone, useClock } from '../../frame/clock'
import { whyBookingNotMovable } from '../../sync/actions'
import { ModalDialog } from '../../ui/ModalDialog'
import { choiceWords, rescheduleChoices } from './reschedule-choices'
import './reschedule.css'

export interface RescheduleButtonProps {
  booking: BookingRow
  name: string
  /** The engine is running (actions can be recorded). */
  ready: boolean
  /** The booking's session, added to the button's name where one person's bookings are listed together. */
  session?: string
}

/**
 * "Move" on a booked row (issue 19 case 3): opens the Reschedule dialog. Shown only for a booking the desk
 * may move (whyBookingNotMovable: a booked place in a class, not one part of a multi-service visit).
 */
export function RescheduleButton({ booking, name, ready, session }: RescheduleButtonProps) {
  const [open, setOpen] = useState(false)
  if (whyBookingNotMovable(booking)) return null
  return (
    <>
      <Button
        className="button button--quiet"
        aria-label={`Move ${name} to another session${session ? `, from ${session}` : ''}`}
        isDisabled={!ready}
        onPress={() => setOpen(true)}
      >
        Move
      </Button>
      <ModalDialog title={`Move ${name} to another session`} isOpen={open} onOpenChange={setOpen}>
        {open && <RescheduleForm booking={booking} name={name} onClose={() => setOpen(false)} />}
      </ModalDialog>
    </>
  )
}

/**
 * The dialog's content: the same class's other sessions in the synced days with room left, one chosen by
 * arrow keys or a click, then "Move". Recorded like every change (shown on the new roster at once, queued for
 * Wix, held for the undo window: the toast's Undo takes it back until it is sent).
 */
function RescheduleForm({
  booking,
  name,
  onClose,
}: {
  booking: BookingRow
  name: string
  onClose: () => void
}) {
  const db = useDb()
  const timeZone = useBusinessTimeZone()
  const now = useClock()
  const actions = useDeskActions()
  const choices = useLiveQuery(
    () => rescheduleChoices(db, booking, timeZone, now()),
    [db, booking, timeZone, now],
  )
  const [chosen, setChosen] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const target = chosen ?? choices?.[0]?.eventId ?? null

  const submit = async () => {
    if (!actions || !target || busy) return
    setBusy(true)
    // A refusal is explained in a notice by the action itself; the dialog closes either way.
    await actions.reschedule(booking.id, target)
    onClose()
  }

  if (!choices) return <p className="reschedule__loading">Looking for sessions…</p>
  return (
    <div className="desk-dialog reschedule">
      {choices.length ? (
        <RadioGroup className="reschedule__choices" value={target} onChange={setChosen}>
          <Label className="reschedule__label">Sessions of this class with room</Label>
          {choices.map((choice) => (
            <Radio key={choice.eventId} value={choice.eventId} className="reschedule__choice">
              {choiceWords(choice)}
            </Radio>
          ))}
          <Text slot="description" className="reschedule__hint">
            {name} is told by Wix once the move reaches it. Undo is offered for 10 seconds.
          </Text>
        </RadioGroup>
      ) : (
        <p className="reschedule__none">No other session of this class in the synced days has room.</p>
      )}
      <div className="dialog__actions">
        <Button className="button" onPress={onClose}>
          Cancel
        </Button>
        <Button
          className="button button--primary"
          isDisabled={!actions || !target || busy}
          onPress={() => void submit()}
        >
          Move
        </Button>
      </div>
    </div>
  )
}
