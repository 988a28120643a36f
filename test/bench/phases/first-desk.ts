import { mkdtemp, rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { startWebHost } from '../../../electron/web-host/start-web-host'
import type { DemoData } from '../../../electron/demo-site'
import { readSite, type SiteFacts } from '../../e2e/support/site-facts'
import { MAX_BULK_ATTENDANCE } from '../../../shared/wix/bulk-attendance'
import { measure, openBrowser, sinceNavigation, type BrowserSession } from '../browser-session'
import { budgetFloorMs, WIX_BUDGET } from '../budget'
import { waitForSyncText, type BenchContext, type PhaseResult } from '../bench-context'
import {
  countPaths,
  createRecordingFetch,
  timeline,
  wallClock,
  type RecordingFetch,
} from '../recording-fetch'
import { ms, ratio, type TableRow } from '../report'
import { median, medianRun } from '../stats'
import { checkIn, checkInTargets, rosterClosed, type CheckInTarget } from './check-ins'

export type Budget = 'on' | 'off'

/** One desk started on an empty store: every time is ms after the first call main made to the site for it. */
export interface DeskRun {
  budget: Budget
  /** The machine's 1-minute load average as the run started (the machine may be shared). */
  loadAverage: number
  /** Today's first session row painted. */
  listedMs: number
  /** The app's sync memory says all of today's bookings are in the store (polled every 20 ms). */
  storedMs: number
  /** Usable: both of the above. */
  usableMs: number
  /** The Today list painted with no row saying "loading". */
  readyMs: number
  /** "All changes synced" painted: the full pull done. */
  fullPullMs: number
  /** The full pull's read requests, and the least time they take under the budget. */
  requests: number
  floorMs: number
  /** Navigation start to the first call (the app starting), not counted above. */
  navigationToFirstCallMs: number
  timeline: Array<[string, number, number]>
  replay?: ReplayRun
}

/** The queue of `checkIns` check-ins made offline, drained back online with the budget on. */
export interface ReplayRun {
  checkIns: number
  writes: number
  /** Reads main made between going back online and the last write's answer. */
  readsMeanwhile: number
  /** First write sent to the last one answered. */
  replayMs: number
  floorMs: number
  onlineToSyncedMs: number
  paths: Record<string, number>
}

const FULL_PULL_TIMEOUT = 15 * 60_000

interface Desk {
  calls: RecordingFetch
  browser: BrowserSession
  url: string
}

/**
 * A desk as a new install has it: main's services in a web host of its own (its own rate limiter, a full
 * bucket; `off`: none) against the benchmark's demo site, and a browser on an empty profile.
 */
async function withNewDesk<T>(
  ctx: BenchContext,
  budget: Budget,
  work: (desk: Desk) => Promise<T>,
): Promise<T> {
  const calls = createRecordingFetch()
  const host = await startWebHost({
    projectRoot: ctx.projectRoot,
    port: 0,
    connectTo: { apiKey: ctx.demo.apiKey, siteId: ctx.demo.siteId, apiBaseUrl: ctx.demo.url },
    fetch: calls.fetch,
    rateLimit: budget === 'on' ? WIX_BUDGET : 'none',
  })
  const profileDir = await mkdtemp(join(tmpdir(), 'rollcall-bench-desk-'))
  let browser: BrowserSession | null = null
  try {
    browser = await openBrowser(ctx.projectRoot, profileDir)
    rosterClosed()
    return await work({ calls, browser, url: host.url })
  } finally {
    await browser?.close().catch(() => undefined)
    await host.stop().catch(() => undefined)
    await rm(profileDir, { recursive: true, force: true })
  }
}

const attendedOnSite = (state: DemoData) => state.attendance.filter((a) => a.status === 'ATTENDED').length

/** Offline, check `targets` in; back online, time the queue going out (the desk has the full store). */
async function drainUnderBudget(ctx: BenchContext, desk: Desk, targets: CheckInTarget[]): Promise<ReplayRun> {
  const p = desk.browser.page
  await p.context().setOffline(true)
  await waitForSyncText(p, /^Offline/, 30_000)
  for (const target of targets) await checkIn(p, target, 'click')
  await waitForSyncText(p, new RegExp(`^Offline · ${String(targets.length)} changes? waiting`), 30_000)
  const before = attendedOnSite(await ctx.demo.state())
  const onlineAt = wallClock()
  const timing = await measure(
    p,
    { kind: 'statusText', name: 'Sync', includes: 'All changes synced' },
    'now',
    () => p.context().setOffline(false),
    10 * 60_000,
  )
  const writes = desk.calls.since(onlineAt, 'write')
  if (!writes.length) throw new Error('back online, the desk sent nothing')
  const added = attendedOnSite(await ctx.demo.state()) - before
  if (added !== targets.length)
    throw new Error(`the site has ${String(added)} more check-ins, not ${String(targets.length)}`)
  const firstSent = Math.min(...writes.map((c) => c.startedAt))
  const lastAnswered = Math.max(...writes.map((c) => c.endedAt))
  return {
    checkIns: targets.length,
    writes: writes.length,
    readsMeanwhile: desk.calls.since(onlineAt, 'read').filter((c) => c.startedAt <= lastAnswered).length,
    replayMs: lastAnswered - firstSent,
    floorMs: budgetFloorMs(writes.length),
    onlineToSyncedMs: timing.toFrame,
    paths: countPaths(writes.map((w) => w.path)),
  }
}

/** One new desk: navigation, today usable, the full pull; with the budget on, then the offline queue drained. */
async function oneDesk(
  ctx: BenchContext,
  budget: Budget,
  site: SiteFacts,
  kinds: string[],
  replayTargets: CheckInTarget[] | null,
): Promise<DeskRun> {
  return withNewDesk(ctx, budget, async (desk) => {
    const p = desk.browser.page
    const loadAverage = Math.round(loadavg()[0]! * 100) / 100
    const navigatedAt = wallClock()
    await p.goto(desk.url)
    const stored = desk.browser.store('dayStored', site.today, kinds, FULL_PULL_TIMEOUT)
    stored.catch(() => undefined) // awaited below; a failure meanwhile is not unhandled
    const listed = await sinceNavigation(p, 'todayListed', FULL_PULL_TIMEOUT)
    const ready = await sinceNavigation(p, 'todayReady', FULL_PULL_TIMEOUT)
    const storedAt = await stored
    const synced = await sinceNavigation(p, 'synced', FULL_PULL_TIMEOUT)
    const origin = synced.timeOrigin
    const completeAt = origin + synced.toFrame
    const reads = desk.calls.since(navigatedAt, 'read').filter((c) => c.startedAt <= completeAt)
    const first = desk.calls.since(navigatedAt).find((c) => c.kind !== 'probe')
    if (!first || !reads.length) throw new Error('the new desk made no calls to the site')
    const t0 = first.startedAt
    const after = (pageTime: number) => origin + pageTime - t0
    const run: DeskRun = {
      budget,
      loadAverage,
      listedMs: after(listed.toFrame),
      storedMs: after(storedAt),
      usableMs: Math.max(after(listed.toFrame), after(storedAt)),
      readyMs: after(ready.toFrame),
      fullPullMs: completeAt - t0,
      requests: reads.length,
      floorMs: budgetFloorMs(reads.length),
      navigationToFirstCallMs: t0 - origin,
      timeline: timeline(reads, t0),
    }
    ctx.log(
      `new desk, budget ${budget} (load ${String(loadAverage)}): usable ${ms(run.usableMs)} (Today painted ${ms(run.listedMs)}, today stored ${ms(run.storedMs)}, no row loading ${ms(run.readyMs)}); full pull ${ms(run.fullPullMs)}, ${String(run.requests)} reads (floor under the budget ${ms(run.floorMs)})`,
    )
    if (replayTargets) {
      run.replay = await drainUnderBudget(ctx, desk, replayTargets)
      ctx.log(
        `  replay under the budget: ${String(run.replay.checkIns)} check-ins in ${String(run.replay.writes)} writes, ${ms(run.replay.replayMs)} (floor ${ms(run.replay.floorMs)}); back online → synced ${ms(run.replay.onlineToSyncedMs)}`,
      )
    }
    return run
  })
}

/**
 * 8. A new desk (an empty store) on the same site, `runs` times with main's rate budget on and `runs` times
 *    with it off, each in a web host and browser of its own: from the first call main makes to today usable
 *    (Today's sessions painted and, in the app's own sync memory, all of today's bookings stored), and to the
 *    full pull's "All changes synced"; the budget-on full pull beside its floor (its requests under the
 *    budget, the burst counted). In each budget-on desk, then, `checkIns` check-ins made offline and drained
 *    back online, beside their floor. Each figure is the median of the runs; a ratio is the median run's own.
 *    Runs last: it quiets the shared desk first (about:blank) so only the new desk works.
 */
export async function firstDesk(ctx: BenchContext, runs: number, checkIns: number): Promise<PhaseResult> {
  await ctx.browser.page.goto('about:blank')
  // Read afresh: the phases before changed the site (check-ins, changes).
  const site = await readSite(ctx.demo)
  const kinds = [...new Set(site.sessionsOn(site.today).map((e) => e.kind))]
  if (!kinds.length) throw new Error(`no sessions on ${site.today}`)
  const day = (offset: number) => site.dayOf(site.nowMs + offset * 86_400_000)
  // Days the other phases leave alone (they check in today, and yesterday to the day after tomorrow).
  const targets = checkInTargets(site, [day(3), day(4), day(5), day(6), day(7)])
  if (targets.length < runs * checkIns)
    throw new Error(`only ${String(targets.length)} people to check in on days 3 to 7 ahead`)

  const off: DeskRun[] = []
  const on: DeskRun[] = []
  for (let i = 0; i < runs; i++) {
    off.push(await oneDesk(ctx, 'off', site, kinds, null))
    on.push(await oneDesk(ctx, 'on', site, kinds, targets.slice(i * checkIns, (i + 1) * checkIns)))
  }

  const of = `median of ${String(runs)}`
  const usableOn = median(on.map((r) => r.usableMs))
  const usableOff = median(off.map((r) => r.usableMs))
  const pull = medianRun(on, (r) => r.fullPullMs)
  const replays = on.map((r) => r.replay!)
  const replay = medianRun(replays, (r) => r.replayMs)
  const batches = Math.ceil(checkIns / MAX_BULK_ATTENDANCE)
  const usableRow = (budget: Budget, value: number, parts: DeskRun[]): TableRow[] => [
    {
      figure: `New desk usable from an empty store, budget ${budget} (${of})`,
      measured: ms(value),
      limit: '',
      ratio: '',
      target: budget === 'on' ? '≤ 2 s' : '',
      met: budget === 'on' ? value <= 2000 : null,
    },
    {
      figure: '  Today painted / today’s bookings stored / no row loading',
      measured: '',
      limit: [
        median(parts.map((r) => r.listedMs)),
        median(parts.map((r) => r.storedMs)),
        median(parts.map((r) => r.readyMs)),
      ]
        .map(ms)
        .join(' / '),
      ratio: '',
      target: '',
      met: null,
    },
  ]
  return {
    rows: [
      ...usableRow('on', usableOn, on),
      ...usableRow('off', usableOff, off),
      {
        figure: `Full pull, budget on (${String(pull.requests)} requests, ${of})`,
        measured: ms(pull.fullPullMs),
        limit: `${ms(pull.floorMs)} (requests ÷ budget)`,
        ratio: ratio(pull.fullPullMs / pull.floorMs),
        target: '',
        met: null,
      },
      {
        figure: `Replay of ${String(checkIns)} queued check-ins, budget on (${of})`,
        measured: `${String(replay.writes)} requests, ${ms(replay.replayMs)}`,
        limit: `${ms(replay.floorMs)} (requests ÷ budget)`,
        ratio: replay.floorMs > 0 ? ratio(replay.replayMs / replay.floorMs) : '',
        target: `≤ ${String(batches)} requests`,
        met: replay.writes <= batches,
      },
    ],
    data: {
      runs,
      today: site.today,
      kinds,
      budget: WIX_BUDGET,
      usableOnMs: usableOn,
      usableOffMs: usableOff,
      fullPullOffMs: median(off.map((r) => r.fullPullMs)),
      on,
      off,
    },
    notes: [
      `New desk: ${String(runs)} desks with main's rate budget on (${String(WIX_BUDGET.perMinute)} a minute after a burst of ${String(WIX_BUDGET.burst)}) and ${String(runs)} with it off, each a web host and browser of its own on an empty profile, against the same site (its own limit lifted). Usable: Today's sessions painted and, in the app's sync memory (bookingsInStore, for each kind of session today has: ${kinds.join(', ')}), all of today's bookings stored; times from the first call main makes. The full pull with the budget off took ${ms(median(off.map((r) => r.fullPullMs)))} (median).`,
      `Floors under the budget: (requests − ${String(WIX_BUDGET.burst)}) ÷ ${String(WIX_BUDGET.perMinute)} a minute, the burst going at once; the calls' own time is not counted. The replay floor counts its writes only (${String(replay.readsMeanwhile)} reads went out meanwhile in the median run).`,
    ],
  }
}
