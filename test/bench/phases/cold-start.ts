import { sinceNavigation } from '../browser-session'
import type { BenchContext, PhaseResult } from '../bench-context'
import { ms } from '../report'
import { distribution } from '../stats'
import { rosterClosed } from './check-ins'

/**
 * 6. Cold start: the browser closed and started again on the same profile (the full store on disk), then
 *    straight to a roster of today: from navigation start to the frame that paints its first row. The median
 *    of `runs` starts.
 */
export async function coldStart(ctx: BenchContext, runs: number): Promise<PhaseResult> {
  const event = ctx.site
    .sessionsOn(ctx.site.today)
    .find((e) => ctx.site.bookingsOf(e.id).some((b) => b.status === 'CONFIRMED'))
  if (!event) throw new Error('no session today with anyone booked')
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const browser = await ctx.reopenBrowser()
    rosterClosed()
    await browser.page.goto(`${ctx.url}/#/session/${encodeURIComponent(event.id)}`)
    samples.push((await sinceNavigation(browser.page, 'rosterRow', 30_000)).toFrame)
  }
  const d = distribution(samples)
  ctx.log(`cold start: ${samples.map(ms).join(', ')}`)
  return {
    rows: [
      {
        figure: `Cold start to the first roster painted (median of ${String(runs)})`,
        measured: ms(d.p50),
        limit: '',
        ratio: '',
        target: '< 1 s',
        met: d.p50 < 1000,
      },
    ],
    data: { samples, median: d.p50, max: d.max, eventId: event.id },
  }
}
