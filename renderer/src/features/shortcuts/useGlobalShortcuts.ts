import { useEffect } from 'react'
import { useClock } from '../../frame/clock'
import { FIND_ATTENDEE_ID } from '../../frame/routes'
import { useDeskUi } from '../../state/desk-ui'
import { useDeskActions } from '../../desk-actions/useDeskActions'
import { lastUndoable, useUndoStore } from '../../desk-actions/undo-store'
import { useOpenWalkIn } from '../walk-in/useOpenWalkIn'

/** Typing into a field (or a dialog being open) keeps the keys for itself. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type))
  )
}

function dialogOpen(): boolean {
  return document.querySelector('[role="dialog"], [role="alertdialog"]') !== null
}

/** The keys that work anywhere: `/` search, `?` the list, Ctrl+Z undo, W walk-in. */
export function useGlobalShortcuts(): void {
  const deskActions = useDeskActions()
  const now = useClock()
  const openWalkIn = useOpenWalkIn()
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return
      const typing = isTypingTarget(event.target)
      if (
        (event.ctrlKey || event.metaKey) &&
        !event.altKey &&
        !event.shiftKey &&
        event.key.toLowerCase() === 'z'
      ) {
        if (typing || dialogOpen()) return // The field's own undo.
        event.preventDefault()
        const last = lastUndoable(now())
        const store = useUndoStore.getState()
        if (!last || !deskActions) {
          store.notify({
            tone: 'info',
            title: 'Nothing to undo',
            detail: 'Actions can be undone for 10 seconds.',
          })
          return
        }
        store.drop(last.id)
        void deskActions.undo(last.recorded, last.label)
        return
      }
      if (typing || event.ctrlKey || event.metaKey || event.altKey || dialogOpen()) return
      if (event.key === '/') {
        const search = document.getElementById(FIND_ATTENDEE_ID)
        if (search) {
          event.preventDefault()
          search.focus()
        }
      } else if (event.key === '?') {
        event.preventDefault()
        useDeskUi.getState().setShortcutsOpen(true)
      } else if (event.key === 'w' || event.key === 'W') {
        event.preventDefault()
        openWalkIn()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [deskActions, now, openWalkIn])
}
