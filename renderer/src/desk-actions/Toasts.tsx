import * as Toast from '@radix-ui/react-toast'
import { UNDO_WINDOW_MS } from '../sync/SyncEngineProvider'
import { shownActions, useUndoStore } from './undo-store'
import { useDeskActions } from './useDeskActions'

/**
 * The toasts: each action with its Undo button for 10 seconds (the timer pauses while the pointer or focus
 * is on it; F8 jumps to them), and notices: what an undo took back, what could not be done. Radix reads
 * each new toast out through a live region. Closing an action's toast only hides it: Ctrl+Z can still undo
 * it within its 10 seconds.
 */
export function Toasts() {
  const deskActions = useDeskActions()
  const actions = useUndoStore((s) => s.actions)
  const notices = useUndoStore((s) => s.notices)
  const { drop, hide, dismissNotice } = useUndoStore.getState()
  return (
    <Toast.Provider duration={UNDO_WINDOW_MS} label="Notifications">
      {shownActions(actions).map((action) => (
        <Toast.Root
          key={action.id}
          className="toast"
          type="foreground"
          onOpenChange={(open) => {
            if (!open) hide(action.id)
          }}
        >
          <Toast.Title className="toast__title">{action.label}</Toast.Title>
          <Toast.Action
            className="button toast__undo"
            altText="Undo with Ctrl+Z"
            aria-label={`Undo: ${action.label}`}
            onClick={() => {
              drop(action.id)
              void deskActions?.undo(action.recorded, action.label)
            }}
          >
            Undo
          </Toast.Action>
          <Toast.Close className="toast__close" aria-label={`Dismiss: ${action.label}`}>
            ×
          </Toast.Close>
        </Toast.Root>
      ))}
      {notices.map((notice) => (
        <Toast.Root
          key={notice.id}
          className={`toast toast--${notice.tone}`}
          type="foreground"
          duration={notice.tone === 'problem' ? 20_000 : 5_000}
          onOpenChange={(open) => {
            if (!open) dismissNotice(notice.id)
          }}
        >
          <Toast.Title className="toast__title">{notice.title}</Toast.Title>
          {notice.detail && <Toast.Description className="toast__detail">{notice.detail}</Toast.Description>}
          <Toast.Close className="toast__close" aria-label={`Dismiss: ${notice.title}`}>
            ×
          </Toast.Close>
        </Toast.Root>
      ))}
      <Toast.Viewport className="toasts" />
    </Toast.Provider>
  )
}
