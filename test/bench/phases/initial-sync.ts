import { budgetFloorMs, WIX_BUDGET } from '../budget'
import { sinceNavigation } from '../browser-session'
import { heapUsed, page, type BenchContext, type PhaseResult } from '../bench-context'
import { sendRaw, timeline, wallClock } from '../recording-fetch'
import { mb, ms, ratio } from '../report'

export const PAGE_SIZE = 100

/**
 * 1. The first sync into an empty store, from the first call main makes for it to the frame that paints
 *    "All changes synced"; beside it, in the same run, (a) the same read requests sent raw one after another
 *    and (b) the same rows written raw into a fresh store with bulkPut, 100 per transaction. The limit is
 *    the larger: a pipeline that overlaps fetching and writing perfectly takes that long.
 *    Also the JS heap after the full load (7, first half).
 */
export async function initialSync(ctx: BenchContext): Promise<PhaseResult> {
  const p = page(ctx)
  const navigatedAt = wallClock()
  await p.goto(ctx.url)
  const loaded = await sinceNavigation(p, 'synced', 15 * 60_000)
  const completeAt = loaded.timeOrigin + loaded.toFrame
  const reads = ctx.calls.since(navigatedAt, 'read').filter((c) => c.startedAt <= completeAt)
  if (!reads.length) throw new Error('the first sync made no calls to the site')
  const syncMs = completeAt - reads[0]!.startedAt
  const counts = await ctx.browser.store('counts')
  ctx.log(
    `first sync: ${ms(syncMs)}, ${String(reads.length)} reads, ${String(counts.bookings)} bookings, ${String(counts.events)} sessions, ${String(counts.attendance)} attendance rows`,
  )
  const heapAfterLoad = await heapUsed(p)

  const fetchFloor = await sendRaw(reads)
  const failed = fetchFloor.statuses.filter((s) => s >= 400).length
  if (failed) throw new Error(`${String(failed)} of the raw reads failed`)
  const writeFloor = await ctx.browser.store('rawWrite', PAGE_SIZE)
  const limitMs = Math.max(fetchFloor.ms, writeFloor.ms)
  ctx.log(
    `raw fetch ${ms(fetchFloor.ms)}, raw bulkPut ${ms(writeFloor.ms)} (${String(writeFloor.chunks)} chunks)`,
  )

  return {
    rows: [
      {
        figure: `Initial sync (${counts.bookings.toLocaleString('en-US')} bookings, ${counts.events.toLocaleString('en-US')} sessions)`,
        measured: ms(syncMs),
        limit: `${ms(limitMs)} (${fetchFloor.ms >= writeFloor.ms ? 'fetch' : 'write'})`,
        ratio: ratio(syncMs / limitMs),
        target: '≤ 1.30×',
        met: syncMs / limitMs <= 1.3,
      },
      {
        figure: '  raw fetch of the same pages / raw bulkPut of the same rows',
        measured: '',
        limit: `${ms(fetchFloor.ms)} / ${ms(writeFloor.ms)}`,
        ratio: '',
        target: '',
        met: null,
      },
      {
        figure: 'JS heap after the full load',
        measured: mb(heapAfterLoad),
        limit: '',
        ratio: '',
        target: '< 150 MB',
        met: heapAfterLoad < 150 * 2 ** 20,
      },
    ],
    data: {
      syncMs,
      fromNavigationMs: loaded.toFrame,
      requests: reads.length,
      store: counts,
      rawFetchMs: fetchFloor.ms,
      rawWrite: writeFloor,
      limitMs,
      ratio: syncMs / limitMs,
      heapAfterLoadBytes: heapAfterLoad,
      underWixBudgetAtLeastMs: budgetFloorMs(reads.length),
      completeAtMs: Math.round(completeAt - reads[0]!.startedAt),
      timeline: timeline(reads, reads[0]!.startedAt),
    },
    notes: [
      `Initial sync: ${String(reads.length)} requests of ${String(PAGE_SIZE)} rows at most; the benchmark lifts the rate budget on both sides to measure the pipeline. Under Wix's budget (${String(WIX_BUDGET.perMinute)} a minute after a burst of ${String(WIX_BUDGET.burst)}) the same requests cannot take less than ${ms(budgetFloorMs(reads.length))}.`,
    ],
  }
}
