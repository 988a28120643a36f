import type { Page } from 'playwright-core'
import type { BusinessDay } from '../../../shared/domain/business-day'
import { personName, type SiteFacts } from '../../e2e/support/site-facts'
import { measure } from '../browser-session'
import { goTo, page, type BenchContext, type PhaseResult } from '../bench-context'
import { ms } from '../report'
import { distribution, type Distribution } from '../stats'

export interface CheckInTarget {
  eventId: string
  name: string
}

/** People booked and not checked in whom the roster names unambiguously, session after session of these days. */
export function checkInTargets(site: SiteFacts, days: readonly BusinessDay[]): CheckInTarget[] {
  return days.flatMap((day) =>
    site
      .sessionsOn(day)
      .flatMap((event) =>
        site.notCheckedIn(event.id, { named: true }).map((b) => ({ eventId: event.id, name: personName(b) })),
      ),
  )
}

let openSession: string | null = null

/** Opens the roster (if another is open) and brings the person's row into the virtual list. */
async function rowButton(p: Page, target: CheckInTarget) {
  if (openSession !== target.eventId) {
    await goTo(p, `/session/${encodeURIComponent(target.eventId)}`)
    openSession = target.eventId
    await p.getByRole('list', { name: 'Booked' }).waitFor({ state: 'visible', timeout: 10_000 })
  }
  const button = p.getByRole('button', { name: `Check in ${target.name}`, exact: true })
  for (let scrolls = 0; (await button.count()) === 0; scrolls++) {
    if (scrolls > 40) throw new Error(`no "Check in ${target.name}" on the roster of ${target.eventId}`)
    await p
      .locator('[data-virtual-scroller]')
      .first()
      .evaluate((el) => (el.scrollTop += 300))
    await p.waitForTimeout(20)
  }
  return button
}

/** Forget which roster is open (after a reload or a new browser). */
export function rosterClosed(): void {
  openSession = null
}

/**
 * A person's Enter comes a beat after the row took the focus: its focus ring painted, then the key, no sooner
 * than a fast typist's interval between two keys. Pressed at once after `focus()` (as the benchmark did
 * before), the key always met the focus ring's frame still being drawn and waited for the next one: the figure
 * was the phase of Chromium's frame clock (in a full run p50 7.8 ms, spread evenly from 2.5 to 18.3 ms), not
 * Rollcall's work.
 */
const ENTER_AFTER_FOCUS_MS = 100

/**
 * Checks one person in by a click on their row's button or by Enter on it, and returns the page's times from
 * the input to the row showing "Undo check-in" (in the DOM, and painted).
 */
export async function checkIn(p: Page, target: CheckInTarget, how: 'click' | 'enter') {
  const button = await rowButton(p, target)
  const done = { kind: 'label', label: `Undo check-in for ${target.name}` } as const
  if (how === 'click') return measure(p, done, 'pointer', () => button.click())
  await button.focus()
  await p.evaluate(
    (ms) => new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, ms))),
    ENTER_AFTER_FOCUS_MS,
  )
  return measure(p, done, 'key', () => p.keyboard.press('Enter'))
}

/** Takes a measured check-in back (its row's Undo), and waits for the row to offer the check-in again. */
async function undoCheckIn(p: Page, target: CheckInTarget) {
  await p.getByRole('button', { name: `Undo check-in for ${target.name}`, exact: true }).click()
  await p.getByRole('button', { name: `Check in ${target.name}`, exact: true }).waitFor({ timeout: 10_000 })
}

/**
 * 3. Check-in latency: half by click, half by Enter, on the rosters of today, with the full store loaded.
 * The other days' people are the replay's and the new desks'; a day with fewer people than presses (a
 * Sunday of the demo site, which follows the real calendar) takes each check-in back with its row's Undo
 * once measured, so the same people can be checked in again — every press measured is a first check-in.
 */
export async function checkInLatency(ctx: BenchContext, count: number): Promise<PhaseResult> {
  const p = page(ctx)
  const { site } = ctx
  const people = checkInTargets(site, [site.today])
  if (!people.length) throw new Error('today has no one to check in')
  const again = people.length < count
  if (again)
    ctx.log(`today has ${String(people.length)} people to check in: each check-in is undone once measured`)
  const byClick: number[] = []
  const byEnter: number[] = []
  const domByClick: number[] = []
  const domByEnter: number[] = []
  for (let i = 0; i < count; i++) {
    const target = people[i % people.length]!
    const how = i % 2 === 0 ? 'click' : 'enter'
    const t = await checkIn(p, target, how)
    ;(how === 'click' ? byClick : byEnter).push(t.toFrame)
    ;(how === 'click' ? domByClick : domByEnter).push(t.toDom)
    if (again) await undoCheckIn(p, target)
  }
  const click = distribution(byClick)
  const enter = distribution(byEnter)
  ctx.log(
    `check-in: click p50 ${ms(click.p50)} p95 ${ms(click.p95)}; Enter p50 ${ms(enter.p50)} p95 ${ms(enter.p95)}`,
  )
  const row = (label: string, d: Distribution) => ({
    figure: `Check-in latency, ${label} (${String(d.count)})`,
    measured: `p50 ${ms(d.p50)}, p95 ${ms(d.p95)}`,
    limit: '',
    ratio: '',
    target: 'p95 ≤ 16.7 ms',
    met: d.p95 <= 16.7,
  })
  return {
    rows: [row('click', click), row('Enter', enter)],
    data: {
      click,
      enter,
      toDom: { click: distribution(domByClick), enter: distribution(domByEnter) },
      samples: { click: byClick, enter: byEnter, toDom: { click: domByClick, enter: domByEnter } },
    },
  }
}
