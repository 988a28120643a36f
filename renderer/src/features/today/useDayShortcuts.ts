import { useEffect, useRef } from 'react'
import { isTypingTarget } from '../shortcuts/useGlobalShortcuts'
import type { DayNavigation } from './useDayNavigation'

function dialogOpen(): boolean {
  return document.querySelector('[role="dialog"], [role="alertdialog"]') !== null
}

/**
 * The Today keys (listed in shortcut-list.ts): `[` previous day, `]` next day, `T` back to today. Not while
 * typing in a field, with a modifier held, or with a dialog open: those keys belong to them.
 */
export function useDayShortcuts(navigation: DayNavigation): void {
  // The listener stays put; it reads the navigation of the latest render.
  const latest = useRef(navigation)
  useEffect(() => {
    latest.current = navigation
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
      if (isTypingTarget(event.target) || dialogOpen()) return
      const go =
        event.key === '['
          ? latest.current.previous
          : event.key === ']'
            ? latest.current.next
            : event.key === 't' || event.key === 'T'
              ? latest.current.backToToday
              : null
      if (!go) return
      event.preventDefault()
      go()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
