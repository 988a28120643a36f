import type { Locator, Page } from '@playwright/test'
import type { DemoData } from '../../electron/main/demo'
import { test, expect, syncStatus, type Desk } from './support/fixtures'

type DemoBooking = DemoData['bookings'][number]

/** What the demo site's request log holds for each Wix API request (electron/main/demo/request-log.ts). */
interface LoggedRequest {
  method: string
  path: string
  outcome: number | string
  fault?: string
}

const BULK_ATTENDANCE = '/bulk/attendance/set'
/** Wix's cap on Bulk Set Attendance, which the desk's replay respects (shared/domain/attendance-batches.ts). */
const BULK_LIMIT = 8
/** Two full bulk calls: whichever of them the site is slow to answer, half the queue is on each side. */
const QUEUED = 2 * BULK_LIMIT
/** How long the site takes over one of the two calls: ample time to revoke the key while it waits. */
const SLOW_CALL_MS = 12_000

const nameOf = (booking: DemoBooking) =>
  `${booking.contactDetails?.firstName ?? ''} ${booking.contactDetails?.lastName ?? ''}`.trim()

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** "11:00 AM" as a pattern: ICU puts a narrow no-break space before AM/PM, older versions a plain one. */
function clockPattern(instant: string | number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone })
    .formatToParts(new Date(instant))
    .filter((part) => part.type !== 'literal' || part.value.trim() === ':')
    .map((part) => escapeRegExp(part.value))
  // [hour, ':', minute, dayPeriod]
  return `${parts.slice(0, 3).join('')}\\s${parts[3] ?? ''}`
}

async function requests(desk: Desk): Promise<LoggedRequest[]> {
  return (await desk.demo.get<{ requests: LoggedRequest[] }>('/requests')).requests
}

const bulkCalls = (log: readonly LoggedRequest[]) =>
  log.filter((r) => r.method === 'POST' && r.path.includes(BULK_ATTENDANCE))

/** Which of `ids` the site has as ATTENDED at `eventId`, and how many attendance records they have there. */
async function attendanceOnSite(desk: Desk, eventId: string, ids: readonly string[]) {
  const { attendance } = await desk.demo.state()
  const records = attendance.filter((a) => a.eventId === eventId && a.bookingId && ids.includes(a.bookingId))
  return {
    attended: records.filter((a) => a.status === 'ATTENDED').map((a) => a.bookingId ?? ''),
    records: records.length,
  }
}

/**
 * Today's first class still to come with more than QUEUED people booked and nobody checked in yet: the desk
 * checks in all but QUEUED of them online first, so that "Check in all" then queues exactly QUEUED.
 */
function busyClassLaterToday(state: DemoData, now: string) {
  const day = (at: number | string) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: state.timeZone }).format(new Date(at))
  const classes = state.events
    .filter(
      (e) =>
        e.kind === 'CLASS' &&
        e.status === 'CONFIRMED' &&
        day(e.startMs) === day(now) &&
        e.startMs > Date.parse(now) &&
        !state.attendance.some((a) => a.eventId === e.id),
    )
    .sort((a, b) => a.startMs - b.startMs)
  for (const event of classes) {
    const booked = state.bookings.filter(
      (b) => b.status === 'CONFIRMED' && b.bookedEntity.slot?.eventId === event.id,
    )
    const names = new Set(booked.map(nameOf))
    if (booked.length > QUEUED && names.size === booked.length && !names.has('')) return { event, booked }
  }
  throw new Error(`No class later today with more than ${QUEUED} people booked`)
}

/**
 * `item` of a virtual list (only the rows near the view are in the page: ui/VirtualList.tsx), scrolled into
 * the page with the mouse wheel, down then back up, until it is there.
 */
async function inVirtualList(page: Page, list: Locator, item: Locator, what: string): Promise<Locator> {
  const scroller = page.locator('[data-virtual-scroller]').filter({ has: list })
  let step = 216
  await expect
    .poll(
      async () => {
        if ((await item.count()) > 0) return true
        const { top, max } = await scroller.evaluate((el) => ({
          top: el.scrollTop,
          max: el.scrollHeight - el.clientHeight,
        }))
        if ((step > 0 && top >= max) || (step < 0 && top <= 0)) step = -step
        await scroller.hover()
        await page.mouse.wheel(0, step)
        return false
      },
      { message: `${what} in the list`, intervals: [100] },
    )
    .toBe(true)
  return item
}

/** The Booked row of `name` on the roster in view. */
function bookedRow(page: Page, name: string): Promise<Locator> {
  const list = page.getByRole('list', { name: 'Booked' })
  const row = list.getByRole('listitem').filter({ has: page.getByText(name, { exact: true }) })
  return inVirtualList(page, list, row, `${name}'s row`)
}

test.describe('Credentials revoked mid-replay', () => {
  test('the site revokes the key while the queue replays: replay pauses, nothing is lost, and reconnecting with the new key sends the rest once', async ({
    lineDesk: desk,
    page,
  }) => {
    const line = desk.line
    if (!line) throw new Error('lineDesk has a line')
    await desk.open(page)

    const state = await desk.demo.state()
    const { event, booked } = busyClassLaterToday(state, await desk.demo.now())
    const bookingOf = new Map(booked.map((b) => [nameOf(b), b]))

    // The class's roster, from Today.
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Today' }).click()
    const sessionLink = new RegExp(
      `^${escapeRegExp(event.title)}, ${clockPattern(event.startMs, state.timeZone)} – `,
    )
    const sessions = page.getByRole('list', { name: 'Sessions' })
    const session = sessions.getByRole('link', { name: sessionLink })
    await (await inVirtualList(page, sessions, session, `${event.title}'s session`)).click()
    await expect(page.getByRole('heading', { level: 2, name: event.title })).toBeVisible()
    const checkInButtons = page
      .getByRole('list', { name: 'Booked' })
      .getByRole('button', { name: /^Check in / })
    await expect(checkInButtons.first()).toBeVisible()

    // Online, the first few people are checked in as they arrive (so exactly QUEUED are left).
    const early: DemoBooking[] = []
    for (let i = 0; i < booked.length - QUEUED; i++) {
      const button = checkInButtons.first()
      const name = ((await button.getAttribute('aria-label')) ?? '').replace(/^Check in /, '')
      await button.click()
      await expect(page.getByRole('button', { name: `Undo check-in for ${name}` })).toBeVisible()
      const booking = bookingOf.get(name)
      if (!booking) throw new Error(`${name} is not booked into ${event.title}`)
      early.push(booking)
    }
    const earlyIds = early.map((b) => b.id)
    await expect
      .poll(async () => (await attendanceOnSite(desk, event.id, earlyIds)).attended.length, {
        timeout: 30_000,
      })
      .toBe(early.length)
    await expect(syncStatus(page)).toHaveText('All changes synced')
    const queued = booked.filter((b) => !early.includes(b))
    const queuedIds = queued.map((b) => b.id)

    // The line goes; the rest arrive at once and the desk checks them all in: QUEUED changes wait.
    line.cut()
    await expect(syncStatus(page)).toContainText('Offline')
    await page.getByRole('button', { name: 'Check in all' }).click()
    await expect(syncStatus(page)).toHaveText(`Offline · ${QUEUED} changes waiting`)

    // Mid-replay, deterministically: the QUEUED check-ins go out as two bulk calls of 8, at the same time.
    // The site is slow to answer whichever of them arrives first (a latency fault on one call); while it
    // waits, the other call lands and the site revokes the key. The slow call then meets the revoked key
    // (401). Which half lands is up to the race, but it is always exactly one full call of 8.
    // (The request log starts afresh here: what follows is the replay's.)
    expect((await fetch(`${desk.demo.url}/__control/requests`, { method: 'DELETE' })).ok).toBe(true)
    await desk.demo.post('/faults', {
      kind: 'latency',
      ms: SLOW_CALL_MS,
      count: 1,
      method: 'POST',
      pathIncludes: BULK_ATTENDANCE,
    })
    line.restore()
    await expect
      .poll(async () => (await attendanceOnSite(desk, event.id, queuedIds)).attended.length, {
        timeout: SLOW_CALL_MS - 3_000,
        intervals: [100],
        message: 'one bulk call lands while the other is held up',
      })
      .toBe(BULK_LIMIT)
    const { apiKey: newKey } = await desk.demo.post<{ apiKey: string }>('/api-key/rotate')

    // The slow call is refused: the desk pauses and asks for the site to be reconnected, nothing lost.
    const waiting = QUEUED - BULK_LIMIT
    await expect(syncStatus(page)).toHaveText(`Paused: reconnect the site · ${waiting} changes waiting`, {
      timeout: 60_000,
    })
    await expect(page.getByRole('link', { name: 'Reconnect' })).toBeVisible()
    const landed = (await attendanceOnSite(desk, event.id, queuedIds)).attended
    expect(landed).toHaveLength(BULK_LIMIT)
    const stillQueued = queued.filter((b) => !landed.includes(b.id))
    expect(stillQueued).toHaveLength(waiting)
    const paused = bulkCalls(await requests(desk))
    expect(paused.map((r) => r.outcome).sort()).toEqual([200, 401])
    expect(paused.find((r) => r.outcome === 401)?.fault).toBe('latency')

    // On the roster: the landed half is checked in and synced, the other half still waits, marked so.
    for (const booking of queued) {
      const name = nameOf(booking)
      const row = await bookedRow(page, name)
      await expect(row.getByRole('button', { name: `Undo check-in for ${name}` })).toBeVisible()
      if (landed.includes(booking.id)) await expect(row).not.toContainText('Waiting to sync')
      else await expect(row).toContainText('Waiting to sync')
    }

    // Reconnect: Settings, the new key for the same site (reached through the line), tested, then saved.
    await page.getByRole('link', { name: 'Reconnect' }).click()
    await expect(page).toHaveURL(/#\/settings$/)
    const form = page.getByRole('form', { name: 'Connect a Wix site' })
    await form.getByLabel('API key').fill(newKey)
    await form.getByRole('textbox', { name: 'Site ID' }).fill(desk.demo.siteId)
    await form.getByText('Advanced', { exact: true }).click()
    await form.getByRole('textbox', { name: 'API address' }).fill(line.url)
    await form.getByRole('button', { name: 'Test connection' }).click()
    await expect(form.getByRole('status')).toContainText(
      `Connected to ${state.businessName} (${state.timeZone})`,
    )

    // Until the desk saves, nothing more has reached the site: the queue waits, untouched, and the old key
    // was refused once only (the desk did not keep knocking).
    const beforeSave = await requests(desk)
    expect(bulkCalls(beforeSave)).toHaveLength(2)
    expect(beforeSave.filter((r) => r.outcome === 401)).toHaveLength(1)
    expect((await attendanceOnSite(desk, event.id, queuedIds)).attended).toHaveLength(BULK_LIMIT)
    await expect(syncStatus(page)).toHaveText(`Paused: reconnect the site · ${waiting} changes waiting`)

    await form.getByRole('button', { name: 'Save and connect' }).click()
    await expect(page.getByText(`Now using ${state.businessName} (${state.timeZone}).`)).toBeVisible()

    // The queue drains: every check-in is on the site, each once.
    await expect(syncStatus(page)).toHaveText('All changes synced', { timeout: 60_000 })
    await expect(page.getByRole('link', { name: 'Reconnect' })).toHaveCount(0)
    await expect
      .poll(async () => (await attendanceOnSite(desk, event.id, queuedIds)).attended.sort(), {
        timeout: 30_000,
      })
      .toEqual([...queuedIds].sort())
    expect((await attendanceOnSite(desk, event.id, queuedIds)).records).toBe(QUEUED)
    // Exactly one more bulk call, with the key that works: the landed half was not sent again.
    const after = bulkCalls(await requests(desk))
    expect(after.map((r) => r.outcome).sort()).toEqual([200, 200, 401])

    // And the roster (Back from Settings) agrees: everyone checked in, nothing waiting.
    await page.goBack()
    await expect(page.getByRole('heading', { level: 2, name: event.title })).toBeVisible()
    for (const booking of stillQueued) {
      const name = nameOf(booking)
      const row = await bookedRow(page, name)
      await expect(row.getByRole('button', { name: `Undo check-in for ${name}` })).toBeVisible()
      await expect(row).not.toContainText('Waiting to sync')
    }
  })
})
