import { useId, useState } from 'react'
import { Button } from 'react-aria-components'
import { Link } from 'wouter'
import { useBusinessTimeZone, useClock } from '../../frame/clock'
import { paths } from '../../frame/routes'
import type { DeskActions } from '../../desk-actions/useDeskActions'
import { deskWhen } from '../../frame/time-words'
import { useDeskUi } from '../../state/desk-ui'
import type { AttentionItem } from './attention-items'

export interface AttentionCardProps {
  item: AttentionItem
  /** The change's name for its controls, unique in the list ("Retry: {label}"). */
  label: string
  /** Null while the engine is not running: the choices are shown but cannot be taken yet. */
  actions: DeskActions | null
  /**
   * Called as a choice is being recorded (the card is about to leave the list), and with null if it could
   * not be: the screen then knows where focus should go once the card is gone.
   */
  onDeciding: (mutationId: string | null) => void
}

/**
 * One refused or unsendable change: what was attempted, why it stopped, who did it and when, and the
 * choices Rollcall offers for it. Every control names the change it acts on, so a list of many reads well.
 */
export function AttentionCard({ item, label, actions, onDeciding }: AttentionCardProps) {
  const titleId = useId()
  const reasonId = useId()
  const timeZone = useBusinessTimeZone()
  const now = useClock()
  const [busy, setBusy] = useState(false)
  const { summary } = item

  const decide = async (work: (a: DeskActions) => Promise<boolean>) => {
    if (!actions) return
    setBusy(true)
    onDeciding(item.mutationId)
    if (await work(actions)) return
    onDeciding(null)
    setBusy(false)
  }
  const disabled = busy || !actions

  return (
    <li className="attention__item">
      <article
        className="attention__card"
        aria-labelledby={titleId}
        aria-describedby={reasonId}
        tabIndex={-1}
        data-attention-card=""
      >
        <header className="attention__head">
          <h3 id={titleId} className="attention__summary">
            {summary}
          </h3>
          <span className={`attention__tag attention__tag--${item.state}`}>
            {item.state === 'failed' ? 'Could not be sent' : 'Wix refused it'}
          </span>
        </header>
        <p id={reasonId} className="attention__reason">
          {item.reason}
        </p>
        {item.holdsCheckIn && <p className="attention__note">Its check-in waits with it.</p>}
        {item.note && <p className="attention__note">{item.note}</p>}
        <p className="attention__meta">
          By {item.staff} · <time dateTime={item.createdAt}>{deskWhen(item.createdAt, now(), timeZone)}</time>
        </p>
        {item.roster && 'missing' in item.roster && <p className="attention__note">{item.roster.missing}</p>}
        <div className="attention__choices">
          {item.choices.includes('retry') && (
            <Button
              className="button button button--primary"
              aria-label={`Retry: ${label}`}
              isDisabled={disabled}
              onPress={() => void decide((a) => a.retry(item.mutationId))}
            >
              Retry
            </Button>
          )}
          {item.choices.includes('retryWithOverride') && (
            <Button
              className="button button button--primary"
              aria-label={`Book over capacity: ${label}`}
              isDisabled={disabled}
              onPress={() => void decide((a) => a.retry(item.mutationId, { override: true }))}
            >
              Book over capacity
            </Button>
          )}
          {item.choices.includes('cancelAnyway') && (
            <Button
              className="button button--danger"
              aria-label={`Cancel anyway: ${label}`}
              isDisabled={disabled}
              onPress={() => void decide((a) => a.retry(item.mutationId, { anyway: true }))}
            >
              Cancel anyway
            </Button>
          )}
          {item.choices.includes('discard') && (
            <Button
              className="button button"
              aria-label={`Discard: ${label}`}
              isDisabled={disabled}
              onPress={() => void decide((a) => a.discard(item.mutationId))}
            >
              Discard
            </Button>
          )}
          <Button
            className="button button--quiet"
            aria-label={`Person's card: ${label}`}
            aria-haspopup="dialog"
            onPress={() => useDeskUi.getState().openPerson(item.bookingId)}
          >
            Person's card
          </Button>
          {item.roster && 'eventId' in item.roster && (
            <Link
              href={paths.session(item.roster.eventId)}
              className="button attention__link"
              aria-label={`Open booking: ${label}`}
            >
              Open booking
            </Link>
          )}
        </div>
      </article>
    </li>
  )
}
