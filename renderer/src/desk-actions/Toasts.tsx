import * as Toast from '@radix-ui/react-toast'
import { UNDO_WINDOW_MS } from '../sync/SyncEngineProvider'
import { toastOnScreen, useUndoStore } from './undo-store'
import { useDeskActions } from './useDeskActions'

/**
 * The toast, one at a time in the status bar (the room the frame keeps for it, so it covers no row): the
 * newest action with its Undo button for 10 seconds (the timer pauses while the pointer or focus is on it;
 * F8 jumps to it), or the newest notice: what an undo took back, what could not be done. Radix reads each
 * new toast out through a live region. An action's toast closed or replaced only goes from the screen:
 * Ctrl+Z can still undo it within its 10 seconds.
 */
export function Toasts() {
  const deskActions = useDeskActions()
  const actions = useUndoStore((s) => s.actions)
  const notices = useUndoStore((s) => s.notices)
  const shown = toastOnScreen({ actions, notices })
  const { drop, hide, dismissNotice } = useUndoStore.getState()
  return (
    <Toast.Provider duration={UNDO_WINDOW_MS} label="Notifications">
      {shown?.kind === 'action' && (
        <Toast.Root
          key={shown.action.id}
          className="toast"
          type="foreground"
          onOpenChange={(open) => {
            if (!open) hide(shown.action.id)
          }}
        >
          <Toast.Title className="toast__title">{shown.action.label}</Toast.Title>
          <Toast.Action
            className="button toast__undo"
            altText="Undo with Ctrl+Z"
            aria-label={`Undo: ${shown.action.label}`}
            onClick={() => {
              drop(shown.action.id)
              void deskActions?.undo(shown.action.recorded, shown.action.label)
            }}
          >
            Undo
          </Toast.Action>
          <Toast.Close className="toast__close" aria-label={`Dismiss: ${shown.action.label}`}>
            ×
          </Toast.Close>
        </Toast.Root>
      )}
      {shown?.kind === 'notice' && (
        <Toast.Root
          key={shown.notice.id}
          className={`toast toast--${shown.notice.tone}`}
          type="foreground"
          duration={shown.notice.tone === 'problem' ? 20_000 : 5_000}
          onOpenChange={(open) => {
            if (!open) dismissNotice(shown.notice.id)
          }}
        >
          <Toast.Title className="toast__title">{shown.notice.title}</Toast.Title>
          {shown.notice.detail && (
            <Toast.Description className="toast__detail">{shown.notice.detail}</Toast.Description>
          )}
          <Toast.Close className="toast__close" aria-label={`Dismiss: ${shown.notice.title}`}>
            ×
          </Toast.Close>
        </Toast.Root>
      )}
      <Toast.Viewport className="toasts" />
    </Toast.Provider>
  )
}
