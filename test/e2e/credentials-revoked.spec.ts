import type { Booking } from '../../shared/wix/booking'
import type { DemoEvent } from '../../electron/demo-site'
import { checkInFirst, expectBookedRow, openSession, rosterTitle } from './support/desk-page'
import { test, expect, syncStatus, type Desk } from './support/fixtures'
import { clearSiteRequests, requestsTo, siteRequests } from './support/request-log'
import { firstWhere, personName, readSite, type SiteFacts } from './support/site-facts'

const BULK_ATTENDANCE = '/bulk/attendance/set'
/** Wix's cap on Bulk Set Attendance, which the desk's replay respects (shared/domain/attendance-batches.ts). */
const BULK_LIMIT = 8
/** Two full bulk calls: whichever of them the site is slow to answer, half the queue is on each side. */
const QUEUED = 2 * BULK_LIMIT
/** How long the site takes over one of the two calls: ample time to revoke the key while it waits. */
const SLOW_CALL_MS = 12_000

/** The bulk attendance calls the site has logged. */
async function bulkCalls(desk: Desk) {
  return requestsTo(await siteRequests(desk.demo), BULK_ATTENDANCE, 'POST')
}

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
 * Today's first class still to come with more than QUEUED people booked (each with a name of their own) and
 * no attendance recorded yet: the desk checks in all but QUEUED of them online first, so that "Check in all"
 * then queues exactly QUEUED.
 */
function busyClassLaterToday(facts: SiteFacts): { event: DemoEvent; booked: Booking[] } {
  const event = firstWhere(
    facts.classesToday({ notStarted: true }),
    (e) => {
      const booked = facts.stillToCome(e.id)
      return (
        !facts.state.attendance.some((a) => a.eventId === e.id) &&
        booked.length > QUEUED &&
        booked.every((b) => facts.nameable(e.id, b))
      )
    },
    `class later today with more than ${String(QUEUED)} people booked`,
  )
  return { event, booked: facts.stillToCome(event.id) }
}

test.describe('Credentials revoked mid-replay', () => {
  test('the site revokes the key while the queue replays: replay pauses, nothing is lost, and reconnecting with the new key sends the rest once', async ({
    lineDesk: desk,
    page,
  }) => {
    await desk.open(page)

    const facts = await readSite(desk.demo)
    const { state } = facts
    const { event, booked } = busyClassLaterToday(facts)
    const bookingOf = new Map(booked.map((b) => [personName(b), b]))

    // The class's roster, from Today.
    await openSession(page, event, facts.timeZone)

    // Online, the first few people are checked in as they arrive (so exactly QUEUED are left).
    const early: Booking[] = []
    for (let i = 0; i < booked.length - QUEUED; i++) {
      const name = await checkInFirst(page)
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
    desk.line.cut()
    await expect(syncStatus(page)).toContainText('Offline')
    await page.getByRole('button', { name: 'Check in all' }).click()
    await expect(syncStatus(page)).toHaveText(`Offline · ${QUEUED} changes waiting`)

    // Mid-replay, deterministically: the QUEUED check-ins go out as two bulk calls of 8, at the same time.
    // The site is slow to answer whichever of them arrives first (a latency fault on one call); while it
    // waits, the other call lands and the site revokes the key. The slow call then meets the revoked key
    // (401). Which half lands is up to the race, but it is always exactly one full call of 8.
    // (The request log starts afresh here: what follows is the replay's.)
    await clearSiteRequests(desk.demo)
    await desk.demo.post('/faults', {
      kind: 'latency',
      ms: SLOW_CALL_MS,
      count: 1,
      method: 'POST',
      pathIncludes: BULK_ATTENDANCE,
    })
    desk.line.restore()
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
    const paused = await bulkCalls(desk)
    expect(paused.map((r) => r.outcome).sort()).toEqual([200, 401])
    expect(paused.find((r) => r.outcome === 401)?.fault).toBe('latency')

    // On the roster: the landed half is checked in and synced, the other half still waits, marked so.
    for (const booking of queued)
      await expectBookedRow(page, personName(booking), {
        checkedIn: true,
        waitingToSync: !landed.includes(booking.id),
      })

    // Reconnect: Settings, the new key for the same site (reached through the line), tested, then saved.
    await page.getByRole('link', { name: 'Reconnect' }).click()
    await expect(page).toHaveURL(/#\/settings$/)
    const form = page.getByRole('form', { name: 'Connect a Wix site' })
    await form.getByLabel('API key').fill(newKey)
    await form.getByRole('textbox', { name: 'Site ID' }).fill(desk.demo.siteId)
    await form.getByText('Advanced', { exact: true }).click()
    await form.getByRole('textbox', { name: 'API address' }).fill(desk.line.url)
    await form.getByRole('button', { name: 'Test connection' }).click()
    await expect(form.getByRole('status')).toContainText(
      `Connected to ${state.businessName} (${state.timeZone})`,
    )

    // Until the desk saves, nothing more has reached the site: the queue waits, untouched, and the old key
    // was refused on one write and on the one read that told a dead key from a missing permission (the desk
    // did not keep knocking).
    const beforeSave = await siteRequests(desk.demo)
    expect(requestsTo(beforeSave, BULK_ATTENDANCE, 'POST')).toHaveLength(2)
    const refused = beforeSave.filter((r) => r.outcome === 401)
    expect(refused.map((r) => (r.path.includes(BULK_ATTENDANCE) ? 'write' : r.path))).toEqual([
      'write',
      expect.stringContaining('/extended-bookings/query'),
    ])
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
    const after = await bulkCalls(desk)
    expect(after.map((r) => r.outcome).sort()).toEqual([200, 200, 401])

    // And the roster (Back from Settings) agrees: everyone checked in, nothing waiting.
    await page.goBack()
    await expect(rosterTitle(page, event)).toBeVisible()
    for (const booking of stillQueued)
      await expectBookedRow(page, personName(booking), { checkedIn: true, waitingToSync: false })
  })
})
