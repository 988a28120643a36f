import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useRef } from 'react'
import { useBusinessTimeZone, useBusinessToday, useClock } from '../../frame/clock'
import { useDb } from '../../db/DatabaseProvider'
import { useShellStore } from '../../frame/shell-store'
import { useDeskActions } from '../../desk-actions/useDeskActions'
import { AttentionCard } from './AttentionCard'
import { deskWhen } from '../../frame/time-words'
import { attentionItems, uniqueLabels } from './attention-items'
import './attention.css'

/**
 * "Needs attention": every change Wix refused or Rollcall could not send, each with the reason in words
 * and the choices that settle it (retry, book over capacity, discard, open the booking). Nothing here goes
 * away by itself: a person decides, so no change is silently lost.
 */
export function NeedsAttention() {
  const db = useDb()
  const today = useBusinessToday()
  const actions = useDeskActions()
  const clock = useClock()
  const timeZone = useBusinessTimeZone()
  const keyId = useShellStore((s) => s.site?.keyId ?? null)
  const items = useLiveQuery(() => attentionItems(db, today, keyId), [db, today, keyId])
  const heading = useRef<HTMLHeadingElement>(null)
  const list = useRef<HTMLUListElement>(null)
  /** After a decision, focus goes to the card that takes the decided one's place (not lost to the page). */
  const refocus = useRef<{ mutationId: string; index: number } | null>(null)

  useEffect(() => {
    const pending = refocus.current
    if (!pending || !items || items.some((i) => i.mutationId === pending.mutationId)) return
    refocus.current = null
    const cards = list.current?.querySelectorAll<HTMLElement>('[data-attention-card]')
    const next = cards?.[Math.min(pending.index, cards.length - 1)]
    ;(next ?? heading.current)?.focus()
  }, [items])

  const onDeciding = (mutationId: string | null) => {
    refocus.current =
      mutationId === null
        ? null
        : { mutationId, index: Math.max(0, items?.findIndex((i) => i.mutationId === mutationId) ?? 0) }
  }

  const now = clock()
  const labels = uniqueLabels(items ?? [], (iso) => deskWhen(iso, now, timeZone))

  return (
    <section className="attention" aria-labelledby="attention-title">
      <h2 id="attention-title" ref={heading} tabIndex={-1} className="attention__title">
        Needs attention
      </h2>
      {items === undefined ? (
        <p className="attention__empty">Loading…</p>
      ) : items.length === 0 ? (
        <p className="attention__empty">Nothing needs attention</p>
      ) : (
        <>
          <p className="attention__intro">
            Wix refused these changes, or Rollcall could not send them. They stay here until you decide.
          </p>
          <ul ref={list} role="list" aria-label="Changes that need a decision" className="attention__list">
            {items.map((item) => (
              <AttentionCard
                key={item.mutationId}
                item={item}
                label={labels.get(item.mutationId) ?? item.summary}
                actions={actions}
                onDeciding={onDeciding}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
