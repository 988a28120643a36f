import type { Booking } from '../../../shared/wix/booking'
import { measure } from '../browser-session'
import { page, type BenchContext, type PhaseResult } from '../bench-context'
import { countPaths } from '../recording-fetch'
import { ms } from '../report'

interface ServerChange {
  kind: 'customer-cancels' | 'desk-confirms' | 'desk-declines' | 'customer-books'
  bookingId: string
  expected: Booking['status']
}

/** Days after today the changes touch: away from the sessions the later phases check people into. */
const FROM_DAY = 3

/**
 * The server-side changes of a busy hour, made through the demo site's control surface (the outside world:
 * customers booking and canceling, another desk confirming and declining): cancellations, confirmations,
 * declines and new bookings, spread over the coming days.
 */
async function makeChanges(ctx: BenchContext, count: number): Promise<ServerChange[]> {
  const { site } = ctx
  const laterDays = new Set<string>()
  for (let d = FROM_DAY; d <= 7; d++) laterDays.add(site.dayOf(site.nowMs + d * 86_400_000))
  const later = site.state.events.filter(
    (e) => e.status === 'CONFIRMED' && laterDays.has(site.dayOf(e.startMs)),
  )
  const laterIds = new Set(later.map((e) => e.id))
  const slotBookings = site.state.bookings
    .filter((b) => laterIds.has(b.bookedEntity.slot?.eventId ?? ''))
    .sort((a, b) => a.id.localeCompare(b.id))
  const pending = slotBookings.filter((b) => b.status === 'PENDING')
  const confirmed = slotBookings.filter((b) => b.status === 'CONFIRMED')
  const classes = later.filter((e) => e.kind === 'CLASS' && site.held(e) < e.totalCapacity)

  type Attempt = () => Promise<ServerChange | null>
  const world = async (path: string, body: unknown): Promise<Booking | null> =>
    ctx.demo
      .post<{ booking: Booking }>(`/world/${path}`, body)
      .then((answer) => answer.booking)
      .catch(() => null)
  const byDesk =
    (kind: 'desk-confirms' | 'desk-declines', b: Booking): Attempt =>
    async () =>
      (await world(kind, { bookingId: b.id }))
        ? { kind, bookingId: b.id, expected: kind === 'desk-confirms' ? 'CONFIRMED' : 'DECLINED' }
        : null
  const quarter = Math.floor(count / 4)
  // Two confirmed for each one declined, as far as the requests go.
  const confirmCount = Math.min(quarter, Math.ceil((pending.length * 2) / 3))
  const declineCount = Math.min(Math.floor(quarter / 2), pending.length - confirmCount)
  const confirms = pending.slice(0, confirmCount).map((b) => byDesk('desk-confirms', b))
  const declines = pending
    .slice(confirmCount, confirmCount + declineCount)
    .map((b) => byDesk('desk-declines', b))
  const books = classes.slice(0, quarter).map((e, i): Attempt => async () => {
    const n = String(i + 1)
    const contact = {
      firstName: 'Bench',
      lastName: `Newcomer ${n}`,
      email: `bench.newcomer.${n}@example.com`,
    }
    const booking = await world('customer-books', { eventId: e.id, contact })
    return booking ? { kind: 'customer-books', bookingId: booking.id, expected: booking.status } : null
  })
  const cancels = confirmed.map(
    (b): Attempt =>
      async () =>
        (await world('customer-cancels', { bookingId: b.id }))
          ? { kind: 'customer-cancels', bookingId: b.id, expected: 'CANCELED' }
          : null,
  )
  // The kinds interleaved, as a real hour would bring them, cancellations filling up to `count`.
  const ordered: Attempt[] = []
  for (let i = 0; i < Math.max(confirms.length, declines.length, books.length, cancels.length); i++)
    for (const kind of [confirms, books, cancels, declines]) if (kind[i]) ordered.push(kind[i]!)
  const made: ServerChange[] = []
  for (const next of ordered) {
    if (made.length >= count) break
    const change = await next()
    if (change) made.push(change)
  }
  if (made.length < count)
    throw new Error(`only ${String(made.length)} of ${String(count)} server-side changes could be made`)
  return made
}

/** 2. Incremental sync: the changes made on the site, then "Sync now" until the run has ended and painted. */
export async function incrementalSync(ctx: BenchContext, count: number): Promise<PhaseResult> {
  const p = page(ctx)
  const changes = await makeChanges(ctx, count)
  const byKind = Object.fromEntries(
    ['customer-books', 'customer-cancels', 'desk-confirms', 'desk-declines'].map((k) => [
      k,
      changes.filter((c) => c.kind === k).length,
    ]),
  )
  ctx.log(`${String(changes.length)} changes on the site: ${JSON.stringify(byKind)}`)

  const syncNow = p.getByRole('button', { name: 'Sync now', exact: true })
  await syncNow.waitFor({ state: 'visible' })
  // An automatic run may be under way: let it end, so the one measured is ours.
  for (let i = 0; i < 600 && (await syncNow.isDisabled()); i++) await p.waitForTimeout(100)
  const clickedAt = performance.timeOrigin + performance.now()
  const timing = await measure(
    p,
    { kind: 'buttonEnabledAgain', text: 'Sync now' },
    'pointer',
    () => syncNow.click(),
    120_000,
  )
  const requests = ctx.calls.since(clickedAt).filter((c) => c.kind !== 'probe')
  const reads = requests.filter((c) => c.kind === 'read')

  const stored = await ctx.browser.store(
    'bookingStatuses',
    changes.map((c) => c.bookingId),
  )
  const wrong = changes.filter((c, i) => stored[i] !== c.expected)
  if (wrong.length)
    throw new Error(
      `after the incremental sync ${String(wrong.length)} changes are not in the store, e.g. ${JSON.stringify(wrong.slice(0, 3))}`,
    )
  ctx.log(
    `incremental sync: ${ms(timing.toFrame)}, ${String(requests.length)} requests, all ${String(changes.length)} changes stored`,
  )
  return {
    rows: [
      {
        figure: `Incremental sync of ${String(changes.length)} server-side changes`,
        measured: `${ms(timing.toFrame)}, ${String(requests.length)} requests`,
        limit: '',
        ratio: '',
        target: '',
        met: null,
      },
    ],
    data: {
      changes: byKind,
      ms: timing.toFrame,
      requests: requests.length,
      reads: reads.length,
      paths: countPaths(requests.map((r) => r.path)),
    },
  }
}
