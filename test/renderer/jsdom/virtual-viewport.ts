/**
 * jsdom lays nothing out, so a virtual list would see a 0-px viewport and render no rows. Its scroller
 * (`data-virtual-scroller`) gets a 1024 × 800 box here: through getBoundingClientRect and clientWidth /
 * clientHeight (what @tanstack/virtual-core measures), a scrollHeight of its content (which bounds its
 * scrolling), and a scrollTo that moves scrollTop within it and fires `scroll`, as a browser does — so
 * Home/End/PageDown can bring a far row in. Every other element keeps jsdom's zeros.
 */
export const VIEWPORT = { clientWidth: 1024, clientHeight: 800 } as const

const isScroller = (element: Element) =>
  element instanceof HTMLElement && element.dataset.virtualScroller !== undefined

const jsdomRect = Element.prototype.getBoundingClientRect
Element.prototype.getBoundingClientRect = function (this: Element) {
  if (isScroller(this))
    return DOMRect.fromRect({ x: 0, y: 0, width: VIEWPORT.clientWidth, height: VIEWPORT.clientHeight })
  return jsdomRect.call(this)
}

/** The height of what the scroller holds: the list sets it (the total of its rows) as an inline style. */
const contentHeight = (scroller: HTMLElement) =>
  Number.parseFloat((scroller.firstElementChild as HTMLElement | null)?.style.height ?? '') || 0

for (const property of ['clientWidth', 'clientHeight'] as const) {
  const jsdom = Object.getOwnPropertyDescriptor(Element.prototype, property)
  Object.defineProperty(HTMLElement.prototype, property, {
    configurable: true,
    get(this: HTMLElement): number {
      if (isScroller(this)) return VIEWPORT[property]
      return (jsdom?.get?.call(this) as number | undefined) ?? 0
    },
  })
}

const jsdomScrollHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollHeight')
Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
  configurable: true,
  get(this: HTMLElement): number {
    if (isScroller(this)) return Math.max(contentHeight(this), VIEWPORT.clientHeight)
    return (jsdomScrollHeight?.get?.call(this) as number | undefined) ?? 0
  },
})

const jsdomScrollTo = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollTo')?.value as
  ((this: Element, ...args: unknown[]) => void) | undefined

Object.defineProperty(HTMLElement.prototype, 'scrollTo', {
  configurable: true,
  writable: true,
  value(this: HTMLElement, options?: ScrollToOptions | number, y?: number): void {
    if (!isScroller(this)) {
      jsdomScrollTo?.call(this, options, y)
      return
    }
    const top = typeof options === 'number' ? (y ?? 0) : (options?.top ?? this.scrollTop)
    this.scrollTop = Math.max(0, Math.min(top, contentHeight(this) - VIEWPORT.clientHeight))
    this.dispatchEvent(new Event('scroll'))
  },
})
