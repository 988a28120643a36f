import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'
import { useAttendanceOverlay } from '../../renderer/src/features/roster/optimistic-attendance'
import { useUndoStore } from '../../renderer/src/desk-actions/undo-store'
import { useDeskUi } from '../../renderer/src/state/desk-ui'
import { useShellStore } from '../../renderer/src/frame/shell-store'
import './jsdom/virtual-viewport'
import './jsdom/pointer-capture'

// The desk tests render the whole app over a store pulled from the demo site; on a busy 2-core CI machine the
// first render of a file, or a 500-row live query, can take seconds to settle (waits end as soon as they hold).
configure({ asyncUtilTimeout: 8000 })

// jsdom has no CSS.escape (React Aria uses it to look for a CSP nonce).
globalThis.CSS ??= {} as typeof CSS
CSS.escape ??= (value: string) => value.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`)

afterEach(() => {
  cleanup()
  window.location.hash = ''
  localStorage.clear()
  useUndoStore.setState({ actions: [], notices: [] })
  // A press still waiting for its store would show over the next test's fresh store (same demo ids).
  useAttendanceOverlay.setState({ byEvent: {} })
  useDeskUi.setState({ shortcutsOpen: false, walkIn: { open: false, eventId: null } })
  useShellStore.setState({ update: { state: 'idle' } })
})
