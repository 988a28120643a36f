import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { useUndoStore } from '../../renderer/src/features/undo/undo-store'
import { useDeskUi } from '../../renderer/src/state/desk-ui'

/**
 * jsdom lays nothing out, so a virtual list would see a 0-px viewport and render no rows. Its scroller
 * (marked `data-virtual-scroller`) gets an 800-px-tall box here; everything else keeps jsdom's zeros.
 */
const jsdomRect = Element.prototype.getBoundingClientRect
Element.prototype.getBoundingClientRect = function (this: Element) {
  if (this instanceof HTMLElement && this.dataset.virtualScroller !== undefined)
    return DOMRect.fromRect({ x: 0, y: 0, width: 1024, height: 800 })
  return jsdomRect.call(this)
}

// jsdom has no CSS.escape (React Aria uses it to look for a CSP nonce).
globalThis.CSS ??= {} as typeof CSS
CSS.escape ??= (value: string) => value.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`)

afterEach(() => {
  cleanup()
  window.location.hash = ''
  localStorage.clear()
  useUndoStore.setState({ actions: [], notices: [] })
  useDeskUi.setState({ shortcutsOpen: false, walkIn: { open: false, eventId: null } })
})
