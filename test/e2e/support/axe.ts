import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/**
 * An axe scan of what is on screen now (the whole page: header, screen, any dialog and toast), with the
 * rules axe runs by default (color-contrast among them) and `label-content-name-mismatch`, which axe keeps
 * experimental (off unless asked): a control's accessible name must hold the words it shows, in order, so
 * that a voice-control user can say what they see.
 */

/** axe's rule for names that hold the words shown (experimental: off unless asked). */
const NAME_RULE = 'label-content-name-mismatch'

/** The impacts this suite does not let through. */
const BLOCKING = new Set(['serious', 'critical'])

/** Serious and critical violations on the page now, one line each: rule, impact, target, and what to fix. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .options({ rules: { [NAME_RULE]: { enabled: true } } })
    .analyze()
  const lines: string[] = []
  for (const violation of results.violations.filter((v) => BLOCKING.has(v.impact ?? '')))
    for (const node of violation.nodes) {
      const target = node.target.join(' ')
      if (violation.id === NAME_RULE && !(await mismatchedWhenWhole(page, target))) continue
      const summary = (node.failureSummary ?? '').replace(/\s*\n\s*/g, ' ')
      const line = `${violation.id} (${violation.impact ?? 'no impact'}) at ${target}: ${violation.help}. ${summary}`
      lines.push(violation.id === NAME_RULE ? `${line} ${await nameAndText(page, target)}` : line)
    }
  return lines
}

/**
 * Whether the name still leaves out words the element shows once it is wholly in view. axe reads only the
 * text in view: a row cut by the edge of its scrolling list (Today's sessions, a roster) shows words with a
 * gap between them, which no name can hold in order. Such a row is scrolled whole into view and checked
 * again, alone; a row wholly in view already stands as axe found it.
 */
async function mismatchedWhenWhole(page: Page, selector: string): Promise<boolean> {
  const element = page.locator(selector).first()
  const cut = await element.evaluate(
    (el) => {
      const box = el.getBoundingClientRect()
      for (let up = el.parentElement; up; up = up.parentElement) {
        if (!/auto|scroll|hidden|clip/.test(getComputedStyle(up).overflowY)) continue
        const frame = up.getBoundingClientRect()
        if (box.top < frame.top || box.bottom > frame.bottom) {
          el.scrollIntoView({ block: 'nearest' })
          return true
        }
      }
      return false
    },
    undefined,
    { timeout: 5_000 },
  )
  if (!cut) return true
  const again = await new AxeBuilder({ page })
    .include(selector)
    .options({ runOnly: { type: 'rule', values: [NAME_RULE] }, rules: { [NAME_RULE]: { enabled: true } } })
    .analyze()
  return again.violations.length > 0
}

/** The element's name (aria-label) beside the text it shows, to see which words the name leaves out. */
async function nameAndText(page: Page, selector: string): Promise<string> {
  const [label, text] = await page
    .locator(selector)
    .first()
    .evaluate((element) => [element.getAttribute('aria-label'), element.textContent], undefined, {
      timeout: 2_000,
    })
    .catch(() => [null, null])
  return `Name: "${label ?? '(none)'}"; text: "${text ?? ''}"`
}

/**
 * No serious or critical violation on `screen` as it is shown now; else each one, to fix. A soft check: the
 * test goes on to the next screen, and its report lists every screen's violations at once.
 */
export async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  expect.soft(await seriousViolations(page), `axe: serious or critical violations on ${screen}`).toEqual([])
}
