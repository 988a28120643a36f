import type { Page } from 'playwright-core'
import { measure } from '../browser-session'
import { page, type BenchContext, type PhaseResult } from '../bench-context'
import { ms } from '../report'
import { distribution } from '../stats'
import type { SiteFacts } from '../../e2e/support/site-facts'

/**
 * What a desk types to find someone: the start of a last name, a first name and an initial, the start of an
 * e-mail, a whole last name — for people booked in the synced days, picked evenly through them.
 */
export function searchQueries(site: SiteFacts, count: number): string[] {
  const people = site.state.bookings
    .filter((b) => b.contactDetails?.firstName && b.contactDetails.lastName && b.contactDetails.email)
    .sort((a, b) => a.id.localeCompare(b.id))
  const step = Math.max(1, Math.floor(people.length / count))
  const queries: string[] = []
  for (let i = 0; queries.length < count && i * step < people.length; i++) {
    const contact = people[i * step]!.contactDetails!
    const first = contact.firstName!.trim()
    const last = contact.lastName!.trim()
    const email = contact.email!.trim()
    const variants = [last.slice(0, 4), `${first} ${last.slice(0, 2)}`, email.slice(0, 6), last]
    const query = variants[i % variants.length]!
    if (query.trim().length >= 2) queries.push(query)
  }
  return queries
}

/** Types all but the last character and waits for those results, so the last keystroke is measured alone. */
async function typeAllButLast(p: Page, box: ReturnType<Page['getByRole']>, query: string): Promise<void> {
  await box.fill('')
  const prefix = query.slice(0, -1)
  await box.fill(prefix)
  await p.waitForFunction(
    (words) =>
      (document.querySelector('[role="status"][aria-label="Search results"]')?.textContent ?? '').includes(
        words,
      ),
    `“${prefix.trim()}”`,
    { timeout: 10_000 },
  )
}

/** 4. Search latency: from the last keystroke of a query to its results (the summary for that text) painted. */
export async function searchLatency(ctx: BenchContext, count: number): Promise<PhaseResult> {
  const p = page(ctx)
  const queries = searchQueries(ctx.site, count)
  const box = p.getByRole('combobox', { name: 'Find attendee' })
  await box.click()
  const toFrame: number[] = []
  const toDom: number[] = []
  for (const query of queries) {
    await typeAllButLast(p, box, query)
    // The status names the text its results are for: the watch waits for this query's, not the prefix's.
    const t = await measure(
      p,
      { kind: 'statusText', name: 'Search results', includes: `“${query.trim()}”` },
      'key',
      () => p.keyboard.type(query.slice(-1)),
    )
    toFrame.push(t.toFrame)
    toDom.push(t.toDom)
  }
  await box.fill('')
  await p.keyboard.press('Escape')
  const d = distribution(toFrame)
  ctx.log(`search: p50 ${ms(d.p50)} p95 ${ms(d.p95)} over ${String(d.count)} queries`)
  return {
    rows: [
      {
        figure: `Search latency, keystroke to results (${String(d.count)} queries)`,
        measured: `p50 ${ms(d.p50)}, p95 ${ms(d.p95)}`,
        limit: '',
        ratio: '',
        target: 'p95 ≤ 16.7 ms',
        met: d.p95 <= 16.7,
      },
    ],
    data: { toFrame: d, toDom: distribution(toDom), queries, samples: toFrame },
  }
}
