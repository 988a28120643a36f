import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'

export interface VirtualListProps<T> {
  /** The accessible name of the list ("Booked", "Sessions", …). */
  label: string
  items: readonly T[]
  getKey: (item: T) => string
  /** Row height in px (rows are fixed-height: no measuring, smooth scrolling at 500+ rows). */
  rowHeight: number
  renderRow: (item: T, index: number) => ReactNode
  /** Keys on a row beyond the arrows (e.g. X selects, N marks a no-show). Return true when handled. */
  onRowKey?: (event: KeyboardEvent, item: T, index: number) => boolean
  className?: string
  /** Shown instead of the list when it is empty. */
  empty?: ReactNode
  /**
   * What follows the list in the same scroller (the roster's requests and waitlist after its Booked list), so
   * that the screen has one scrolling region, never a scroller inside a scrolling page.
   */
  after?: ReactNode
}

/** The focusable control a row puts first: `data-row-primary` on it (the check-in button, the session link). */
const PRIMARY = '[data-row-primary]'

/**
 * A long list that stays smooth (only the rows in view are in the DOM, @tanstack/react-virtual), with the
 * keyboard path every list of the desk shares: ↑/↓/Home/End/PageUp/PageDown move to a row's primary control,
 * scrolling it into view first. Screen readers get the full size and each row's position (aria-setsize,
 * aria-posinset), since most rows are not in the DOM.
 */
export function VirtualList<T>({
  label,
  items,
  getKey,
  rowHeight,
  renderRow,
  onRowKey,
  className,
  empty,
  after,
}: VirtualListProps<T>) {
  const scroller = useRef<HTMLDivElement>(null)
  const [focusTarget, setFocusTarget] = useState<number | null>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read fresh each render
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    getItemKey: (index) => {
      const item = items[index]
      return item === undefined ? index : getKey(item)
    },
    overscan: 8,
    // The adapter's flushSync (on by default) is for correcting the scroll while rows measure themselves;
    // rows here are fixed-height, and React 19 refuses it from a layout effect ("flushSync was called from
    // inside a lifecycle method"), so a plain re-render it is.
    useFlushSync: false,
  })

  // Focus moves once the target row is rendered (after scrollToIndex brought it into the DOM). No dependency
  // list on purpose: the row may appear only after a later render, when the scroll brings it in.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (focusTarget === null) return
    const row = scroller.current?.querySelector<HTMLElement>(`[data-index="${focusTarget}"]`)
    const control = row?.querySelector<HTMLElement>(PRIMARY) ?? row
    if (control) {
      control.focus()
      setFocusTarget(null)
    }
  })

  if (!items.length)
    return after ? (
      <div className={`vlist vlist--empty ${className ?? ''}`} data-virtual-scroller="">
        {empty}
        {after}
      </div>
    ) : (
      <>{empty}</>
    )

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]')
    if (!row || event.altKey || event.ctrlKey || event.metaKey) return
    const index = Number(row.dataset.index)
    const item = items[index]
    if (item === undefined) return
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1)
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: items.length - 1,
      PageDown: index + page,
      PageUp: index - page,
    }
    const to = moves[event.key]
    if (to !== undefined) {
      event.preventDefault()
      const target = Math.min(items.length - 1, Math.max(0, to))
      virtualizer.scrollToIndex(target, { align: 'auto' })
      setFocusTarget(target)
      return
    }
    if (onRowKey?.(event, item, index)) event.preventDefault()
  }

  return (
    <div ref={scroller} className={`vlist ${className ?? ''}`} data-virtual-scroller="">
      <div
        role="list"
        aria-label={label}
        className="vlist__inner"
        style={{ height: virtualizer.getTotalSize() }}
        onKeyDown={onKeyDown}
      >
        {virtualizer.getVirtualItems().map((virtual) => {
          const item = items[virtual.index]
          if (item === undefined) return null
          return (
            <div
              key={virtual.key}
              role="listitem"
              aria-setsize={items.length}
              aria-posinset={virtual.index + 1}
              data-index={virtual.index}
              className="vlist__row"
              style={{ height: rowHeight, transform: `translateY(${virtual.start}px)` }}
            >
              {renderRow(item, virtual.index)}
            </div>
          )
        })}
      </div>
      {after}
    </div>
  )
}
