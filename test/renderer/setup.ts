import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { useUndoStore } from '../../renderer/src/features/undo/undo-store'
import { useDeskUi } from '../../renderer/src/state/desk-ui'

/**
 * jsdom lays nothing out, so a virtual list would see a 0-px viewport and render no rows. Its scroller
 * (marked `data-virtual-scroller`) gets a 1024 × 800 box here — through getBoundingClientRect and through
 * clientWidth/clientHeight, which @tanstack/virtual-core reads; everything else keeps jsdom's zeros.
 */
const VIEWPORT = { width: 1024, height: 800 }
const isScroller = (element: Element) =>
  element instanceof HTMLElement && element.dataset.virtualScroller !== undefined
const jsdomRect = Element.prototype.getBoundingClientRect
Element.prototype.getBoundingClientRect = function (this: Element) {
  if (isScroller(this)) return DOMRect.fromRect({ x: 0, y: 0, ...VIEWPORT })
  return jsdomRect.call(this)
}
for (const [property, size] of [
  ['clientWidth', VIEWPORT.width],
  ['clientHeight', VIEWPORT.height],
] as const) {
  const jsdom = Object.getOwnPropertyDescriptor(Element.prototype, property)
  Object.defineProperty(HTMLElement.prototype, property, {
    configurable: true,
    get(this: HTMLElement) {
      return isScroller(this) ? size : ((jsdom?.get?.call(this) as number | undefined) ?? 0)
    },
  })
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
