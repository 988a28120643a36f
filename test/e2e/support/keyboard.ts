import { expect, type Locator, type Page } from '@playwright/test'

/** The keyboard path through the desk: where the focus is, and moving it with Tab and the arrows. */

/** The focused element's accessible name as the app gives it (aria-label, else its text). */
export function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(() => {
    const focused = document.activeElement
    if (!focused || focused === document.body) return '(nothing)'
    return focused.getAttribute('aria-label') ?? focused.textContent?.trim() ?? ''
  })
}

/** Where the focused link goes (null when the focus is not on a link). */
export function focusedHref(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('href') ?? null)
}

/** Focused, and shown as focused: the keyboard ring is on (`:focus-visible`). */
export async function expectFocusVisible(target: Locator): Promise<void> {
  await expect(target).toBeFocused()
  expect(await target.evaluate((el) => el.matches(':focus-visible')), 'focus ring shown').toBe(true)
}

/** Presses Tab until the focus is inside `container` (at most `max` times); the focus must move each time. */
export async function tabInto(page: Page, container: Locator, max = 40): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    const before = await focusedLabel(page)
    await page.keyboard.press('Tab')
    if (await container.evaluate((el) => el.contains(document.activeElement))) return
    expect(await focusedLabel(page), `Tab moves on from ${before}`).not.toBe('(nothing)')
  }
  throw new Error(`${String(max)} presses of Tab never reached ${String(container)}`)
}

/** Presses ↓ until `reached` (at most `max` times), each press moving the focus on; then the focus's name. */
export async function arrowDownUntil(
  page: Page,
  reached: () => Promise<boolean>,
  max: number,
): Promise<string> {
  for (let presses = 0; presses < max; presses++) {
    const from = await focusedLabel(page)
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => focusedLabel(page), { message: `↓ moves on from ${from}` }).not.toBe(from)
    if (await reached()) return focusedLabel(page)
  }
  throw new Error(
    `${String(max)} presses of ↓ never reached the row wanted (last: ${await focusedLabel(page)})`,
  )
}
