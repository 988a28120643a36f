/**
 * Installed in every page before the app's own scripts (`page.addInitScript`): watches the DOM for the
 * moment a change the benchmark waits for is on screen, and remembers the input that started it. Times are
 * the page's own (`performance.now()`, the same origin as `event.timeStamp`), so Playwright's round trips
 * never count.
 *
 * A watch is armed before the input, then: the input's time stamp (pointerup for a click, keydown for a key;
 * navigation start for a cold start), the first DOM mutation after which the condition holds (`domAt`), and
 * the next animation frame (`frameAt`: the frame that paints it).
 *
 * Self-contained on purpose: Playwright serializes this function into the page.
 */
export type WatchCondition =
  /** An element with exactly this accessible label exists (e.g. "Undo check-in for Dana Lee"). */
  | { kind: 'label'; label: string }
  /** An element matches this selector. */
  | { kind: 'selector'; selector: string }
  /** The role=status region with this label contains this text. */
  | { kind: 'statusText'; name: string; includes: string }
  /** The button with this label is enabled again after the input (a sync run has ended). */
  | { kind: 'buttonEnabledAgain'; text: string }

export type WatchStart = 'pointer' | 'key' | 'navigation' | 'now'

export interface WatchResult {
  inputAt: number
  domAt: number
  frameAt: number
}

export interface PageProbes {
  arm(condition: WatchCondition, start: WatchStart): number
  result(id: number, timeoutMs: number): Promise<WatchResult>
  /**
   * Armed at navigation in every document: the first "All changes synced", the first roster row, the first
   * session row on the Today list, and the first Today list none of whose rows says "loading".
   */
  onLoad: { synced: number; rosterRow: number; todayListed: number; todayReady: number }
}

export const ROSTER_ROW_SELECTOR = '[role="list"][aria-label="Booked"] [role="listitem"]'
export const TODAY_ROW_SELECTOR = '[role="list"][aria-label="Sessions"] .session-row'
export const TODAY_READY_SELECTOR =
  '[role="list"][aria-label="Sessions"]:not(:has(.session-row__count--loading)) .session-row'

export function installPageProbes(): void {
  interface Watch {
    condition: WatchCondition
    start: WatchStart
    inputAt: number | null
    sawDisabled: boolean
    done: boolean
    result: Promise<WatchResult>
    resolve: (result: WatchResult) => void
  }
  const watches = new Map<number, Watch>()
  let nextId = 1

  const statusText = (name: string): string | null => {
    const el = document.querySelector(`[role="status"][aria-label="${CSS.escape(name)}"]`)
    return el ? (el.textContent ?? '').trim() : null
  }
  const buttonByText = (text: string): HTMLButtonElement | undefined =>
    [...document.querySelectorAll('button')].find((b) => (b.textContent ?? '').trim() === text)

  const holds = (watch: Watch): boolean => {
    const c = watch.condition
    switch (c.kind) {
      case 'label':
        return document.querySelector(`[aria-label="${CSS.escape(c.label)}"]`) !== null
      case 'selector':
        return document.querySelector(c.selector) !== null
      case 'statusText':
        return (statusText(c.name) ?? '').includes(c.includes)
      case 'buttonEnabledAgain': {
        const button = buttonByText(c.text)
        if (button?.disabled) watch.sawDisabled = true
        return watch.sawDisabled && button !== undefined && !button.disabled
      }
    }
  }

  const check = (watch: Watch): void => {
    if (watch.done || watch.inputAt === null || !holds(watch)) return
    watch.done = true
    const inputAt = watch.inputAt
    const domAt = performance.now()
    requestAnimationFrame(() => watch.resolve({ inputAt, domAt, frameAt: performance.now() }))
  }

  const onInput = (start: WatchStart) => (event: Event) => {
    if (start === 'key' && (event as KeyboardEvent).key === 'Shift') return
    for (const watch of watches.values())
      if (watch.start === start && watch.inputAt === null) {
        watch.inputAt = event.timeStamp
        // A condition already true the moment the input lands is checked at the next mutation, or now.
        queueMicrotask(() => check(watch))
      }
  }
  window.addEventListener('pointerup', onInput('pointer'), true)
  window.addEventListener('keydown', onInput('key'), true)

  new MutationObserver(() => watches.forEach(check)).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  })

  const probes: Omit<PageProbes, 'onLoad'> = {
    arm(condition, start) {
      let resolve!: (result: WatchResult) => void
      const result = new Promise<WatchResult>((r) => (resolve = r))
      const watch: Watch = {
        condition,
        start,
        inputAt: start === 'navigation' ? 0 : start === 'now' ? performance.now() : null,
        sawDisabled: false,
        done: false,
        result,
        resolve,
      }
      const id = nextId++
      watches.set(id, watch)
      if (watch.inputAt !== null) check(watch)
      return id
    },
    async result(id, timeoutMs) {
      const watch = watches.get(id)
      if (!watch) throw new Error(`no watch ${String(id)}`)
      let timer: ReturnType<typeof setTimeout> | undefined
      const timeout = new Promise<never>((_, fail) => {
        timer = setTimeout(
          () =>
            fail(
              new Error(
                `not seen within ${String(timeoutMs)} ms: ${JSON.stringify(watch.condition)} (input ${
                  watch.inputAt === null ? 'never seen' : 'seen'
                })`,
              ),
            ),
          timeoutMs,
        )
      })
      try {
        return await Promise.race([watch.result, timeout])
      } finally {
        clearTimeout(timer)
        watches.delete(id)
      }
    },
  }
  ;(window as unknown as { __benchProbes: PageProbes }).__benchProbes = {
    ...probes,
    onLoad: {
      synced: probes.arm({ kind: 'statusText', name: 'Sync', includes: 'All changes synced' }, 'navigation'),
      // The same selector as ROSTER_ROW_SELECTOR (this function cannot see the module's constants).
      rosterRow: probes.arm(
        { kind: 'selector', selector: '[role="list"][aria-label="Booked"] [role="listitem"]' },
        'navigation',
      ),
      // TODAY_ROW_SELECTOR and TODAY_READY_SELECTOR, likewise.
      todayListed: probes.arm(
        { kind: 'selector', selector: '[role="list"][aria-label="Sessions"] .session-row' },
        'navigation',
      ),
      todayReady: probes.arm(
        {
          kind: 'selector',
          selector:
            '[role="list"][aria-label="Sessions"]:not(:has(.session-row__count--loading)) .session-row',
        },
        'navigation',
      ),
    },
  }
}
