import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'
import type { StoreApi } from 'zustand'
import { useUndoStore } from '../../renderer/src/desk-actions/undo-store'
import { useTodayFilter } from '../../renderer/src/features/today/today-filter-store'
import { useDeskUi } from '../../renderer/src/state/desk-ui'
import { usePreferences } from '../../renderer/src/state/preferences'
import { useShellStore } from '../../renderer/src/frame/shell-store'
import './jsdom/virtual-viewport'
import './jsdom/pointer-capture'

// The desk tests render the whole app over a store pulled from the demo site; on a busy 2-core CI machine the
// first render of a file, or a 500-row live query, can take seconds to settle (waits end as soon as they hold).
configure({ asyncUtilTimeout: 8000 })

// jsdom has no CSS.escape (React Aria uses it to look for a CSP nonce).
globalThis.CSS ??= {} as typeof CSS
CSS.escape ??= (value: string) => value.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`)

/** A store back to what the app starts with. */
const reset = <S>(store: StoreApi<S>) => store.setState(store.getInitialState(), true)

// The app's stores are modules, shared by the test files a worker runs (isolate: false in vitest.config.mts):
// each test leaves them, the page and its bridge as the app starts.
afterEach(() => {
  cleanup()
  window.location.hash = ''
  Reflect.deleteProperty(window, 'rollcall')
  reset(useShellStore)
  reset(useUndoStore)
  reset(useDeskUi)
  reset(useTodayFilter)
  reset(usePreferences)
  localStorage.clear()
})
