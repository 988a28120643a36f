/**
 * jsdom lays nothing out. test/renderer/setup.ts gives the virtual list's scroller (`data-virtual-scroller`)
 * an 800-px box through getBoundingClientRect, but @tanstack/virtual-core 3.19 measures the scroller by
 * clientWidth/clientHeight (0 in jsdom: no row would render), bounds its scrolling by scrollHeight (0 in
 * jsdom) and scrolls with element.scrollTo (absent in jsdom): Home/End/PageDown could never bring a far row
 * in. For the test files that import it, this gives the scroller the same 1024 × 800 box through those
 * properties, a scrollHeight of its content, and a scrollTo that moves scrollTop within it and fires
 * `scroll`, as a browser does.
 */
export const VIEWPORT = { clientWidth: 1024, clientHeight: 800 } as const

const isScroller = (element: HTMLElement) => element.dataset.virtualScroller !== undefined

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
