import type { Page } from 'playwright-core'
import type { DemoData } from '../../../electron/demo-site'
import { MAX_BULK_ATTENDANCE } from '../../../shared/wix/bulk-attendance'
import { measure } from '../browser-session'
import { goTo, heapUsed, page, waitForSyncText, type BenchContext, type PhaseResult } from '../bench-context'
import { countPaths, sendRaw, timeline, wallClock } from '../recording-fetch'
import { mb, ms, ratio } from '../report'
import { checkIn, checkInTargets } from './check-ins'

/** Confirms the oldest pending request in the inbox (its button, then the dialog's), one at a time. */
async function confirmOldestRequest(p: Page): Promise<void> {
  const button = p.getByRole('button', { name: /^Confirm booking for / }).first()
  const label = (await button.getAttribute('aria-label')) ?? ''
  const name = label.replace(/^Confirm booking for /, '')
  const same = p.getByRole('button', { name: label, exact: true })
  const before = await same.count()
  await button.click()
  const dialog = p.getByRole('dialog', { name: `Confirm ${name}'s booking` })
  await dialog.getByRole('button', { name: 'Confirm booking', exact: true }).click()
  await dialog.waitFor({ state: 'hidden' })
  // The request leaves the inbox once the confirm is recorded (a frame or two after the dialog closes): the
  // next "oldest" must be another request, never this one again. Counted, as two requests may share a name.
  const deadline = Date.now() + 10_000
  while ((await same.count()) >= before) {
    if (Date.now() > deadline) throw new Error(`the confirmed request of ${name} is still in the inbox`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

const siteTotals = (state: DemoData) => ({
  attended: state.attendance.filter((a) => a.status === 'ATTENDED').length,
  confirmed: state.bookings.filter((b) => b.status === 'CONFIRMED').length,
})

/**
 * 5. Replay: the browser goes offline; the desk confirms `confirms` requests and checks `checkIns` people in
 *    on the rosters of the days around today; back online, the queue goes out. Counted: the write requests
 *    (target ⌈checkIns / 8⌉ + confirms), their time from the first sent to the last answered, and the floor:
 *    the same requests sent raw one after another. Also the JS heap after the check-ins (7, second half).
 */
export async function replay(ctx: BenchContext, checkIns: number, confirms: number): Promise<PhaseResult> {
  const p = page(ctx)
  const { site } = ctx
  const day = (offset: number) => site.dayOf(site.nowMs + offset * 86_400_000)
  const targets = checkInTargets(site, [day(1), day(2), day(-1), day(-2), day(-3)]).slice(0, checkIns)
  if (targets.length < checkIns) throw new Error(`only ${String(targets.length)} people to check in offline`)

  await p.context().setOffline(true)
  await waitForSyncText(p, /^Offline/, 30_000)
  // Confirms first: Rollcall holds them back for the 10 s undo window, which the check-ins outlast.
  await goTo(p, '/pending')
  for (let i = 0; i < confirms; i++) await confirmOldestRequest(p)
  const offlineLatency: number[] = []
  for (const target of targets) offlineLatency.push((await checkIn(p, target, 'click')).toFrame)
  const waiting = await waitForSyncText(
    p,
    new RegExp(`^Offline · ${String(checkIns + confirms)} changes waiting`),
    30_000,
  ).catch(async (error: unknown) => {
    const kinds = await ctx.browser.store('outboxKinds').catch(() => null)
    throw new Error(`${String(error)}; the outbox holds ${JSON.stringify(kinds)}`)
  })
  ctx.log(`offline: ${waiting}`)
  const heapAfterCheckIns = await heapUsed(p)
  const before = siteTotals(await ctx.demo.state())

  const onlineAt = wallClock()
  const timing = await ctx.profile('replay online', () =>
    measure(
      p,
      { kind: 'statusText', name: 'Sync', includes: 'All changes synced' },
      'now',
      () => p.context().setOffline(false),
      10 * 60_000,
    ),
  )
  const writes = ctx.calls.since(onlineAt, 'write')
  const after = siteTotals(await ctx.demo.state())
  const heapAfterReplay = await heapUsed(p)
  if (after.attended - before.attended !== checkIns || after.confirmed - before.confirmed !== confirms)
    throw new Error(
      `after the replay the site has ${String(after.attended - before.attended)} more check-ins (expected ${String(checkIns)}) and ${String(after.confirmed - before.confirmed)} more confirmed (expected ${String(confirms)})`,
    )
  const firstSent = Math.min(...writes.map((c) => c.startedAt))
  const lastAnswered = Math.max(...writes.map((c) => c.endedAt))
  const replayMs = lastAnswered - firstSent
  const floor = await sendRaw(writes)
  const budget = Math.ceil(checkIns / MAX_BULK_ATTENDANCE) + confirms
  ctx.log(
    `replay: ${String(writes.length)} writes in ${ms(replayMs)} (raw ${ms(floor.ms)}); back online → all synced ${ms(timing.toFrame)}`,
  )
  return {
    rows: [
      {
        figure: `Replay of ${String(checkIns)} offline check-ins + ${String(confirms)} confirms`,
        measured: `${String(writes.length)} requests, ${ms(replayMs)}`,
        limit: `${ms(floor.ms)} (same requests raw)`,
        ratio: ratio(replayMs / floor.ms),
        target: `≤ ${String(budget)} requests`,
        met: writes.length <= budget,
      },
      {
        figure: '  back online → "All changes synced" painted',
        measured: ms(timing.toFrame),
        limit: '',
        ratio: '',
        target: '',
        met: null,
      },
      {
        figure: `JS heap after ${String(checkIns)} more check-ins`,
        measured: mb(heapAfterCheckIns),
        limit: '',
        ratio: '',
        target: '< 150 MB',
        met: heapAfterCheckIns < 150 * 2 ** 20,
      },
    ],
    data: {
      writes: writes.length,
      budget,
      paths: countPaths(writes.map((w) => w.path)),
      replayMs,
      rawMs: floor.ms,
      rawStatuses: countPaths(floor.statuses.map(String)),
      ratio: replayMs / floor.ms,
      onlineToSyncedMs: timing.toFrame,
      heapAfterCheckInsBytes: heapAfterCheckIns,
      heapAfterReplayBytes: heapAfterReplay,
      offlineCheckInLatencyMs: offlineLatency,
      timeline: timeline(ctx.calls.since(onlineAt), onlineAt),
    },
    notes: [
      `Replay floor: the same ${String(writes.length)} requests sent again raw, one after another; the attendance upserts land the same way twice, the confirms meet a booking already confirmed and are answered with an error as quickly.`,
    ],
  }
}
