import type { Locator, Page } from '@playwright/test'
import type { DemoData, DemoEvent } from '../../electron/main/demo'
import type { Booking } from '../../shared/wix/booking'
import { test, expect, syncStatus } from './support/fixtures'

/**
 * An outage, as a desk has it: the line to Wix goes (or the browser itself says it is offline) in the middle
 * of a morning; the desk keeps checking people in, confirming, moving people off a waitlist and booking a
 * walk-in; everything shows at once, waits in the queue (and survives a reload), and reaches Wix once — and
 * only once — when the line is back.
 */

// Session links are found by their time ("12:00 PM"): the browser formats times as the test does.
test.use({ locale: 'en-US' })

const DAY_MS = 24 * 60 * 60 * 1000

/** How many people the desk checks in during the outage. */
const CHECK_INS = 20

const WALK_IN = { firstName: 'Rosa', lastName: 'Outage', email: 'rosa.outage@example.com' }
const WALK_IN_NAME = `${WALK_IN.firstName} ${WALK_IN.lastName}`

// ---------------------------------------------------------------------------------------------------------
// The demo site's data, as the desk will show it

/** "Dana Lee": as the desk names a person (first and last name). */
function nameOf(booking: Booking): string {
  return `${booking.contactDetails?.firstName ?? ''} ${booking.contactDetails?.lastName ?? ''}`.trim()
}

/** The business day (YYYY-MM-DD) of an instant, in the business's time zone. */
function businessDay(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(ms)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The start of a session's link name on Today: "HIIT Bootcamp, 12:00 PM – …" (any space before PM). */
function sessionLinkName(event: DemoEvent, timeZone: string): RegExp {
  const start = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit' }).format(
    event.startMs,
  )
  return new RegExp(`^${escapeRegExp(event.title)}, ${escapeRegExp(start).replace(/\s/g, '\\s')}`)
}

const attendanceKey = (bookingId: string, eventId: string) => `${bookingId}|${eventId}`

/** What the desk's screens are built from, read off the demo site's state. */
function siteFacts(state: DemoData) {
  const byEvent = new Map<string, Booking[]>()
  for (const booking of state.bookings) {
    const eventId = booking.bookedEntity.slot?.eventId
    if (eventId) byEvent.set(eventId, [...(byEvent.get(eventId) ?? []), booking])
  }
  const attended = new Set(
    state.attendance
      .filter((a) => a.status === 'ATTENDED' && a.eventId)
      .map((a) => attendanceKey(a.bookingId, a.eventId ?? '')),
  )
  const bookingsOf = (event: DemoEvent) => byEvent.get(event.id) ?? []
  /** People the desk can name unambiguously in this session (buttons carry the name). */
  const nameable = (event: DemoEvent, booking: Booking) => {
    const name = nameOf(booking)
    return (
      !!booking.contactDetails?.firstName &&
      !!booking.contactDetails.lastName &&
      bookingsOf(event).filter((other) => nameOf(other) === name).length === 1
    )
  }
  /** Booked people not checked in yet, by name (the roster's order). */
  const notCheckedIn = (event: DemoEvent) =>
    bookingsOf(event)
      .filter((b) => b.status === 'CONFIRMED' && !attended.has(attendanceKey(b.id, event.id)))
      .sort((a, b) => nameOf(a).localeCompare(nameOf(b)))
  /** Participants holding a spot (CONFIRMED and PENDING), as the desk counts a session's bookings. */
  const held = (event: DemoEvent) =>
    bookingsOf(event)
      .filter((b) => b.status === 'CONFIRMED' || b.status === 'PENDING')
      .reduce((sum, b) => sum + (b.totalParticipants ?? 1), 0)
  const byCreated = (a: Booking, b: Booking) => a.createdDate.localeCompare(b.createdDate)
  return { bookingsOf, nameable, notCheckedIn, held, byCreated }
}

/** Whether the site has this person checked in at this session. */
function attendedOnSite(state: DemoData, bookingId: string, eventId: string): boolean {
  return state.attendance.some(
    (a) => a.bookingId === bookingId && a.eventId === eventId && a.status === 'ATTENDED',
  )
}

const statusOnSite = (state: DemoData, bookingId: string) =>
  state.bookings.find((b) => b.id === bookingId)?.status

const walkInsOnSite = (state: DemoData) =>
  state.bookings.filter((b) => b.contactDetails?.email === WALK_IN.email)

interface OutagePlan {
  timeZone: string
  /** "Check in all" here: everyone booked and not yet in. */
  all: { event: DemoEvent; people: Booking[] }
  /** "Check in selected (N)" here, for the rest of the twenty. */
  selected: { event: DemoEvent; people: Booking[] }
  /** Two requests confirmed from this session's Pending section. */
  pending: { event: DemoEvent; people: Booking[] }
  /** The first person on an upcoming class's waitlist, moved to booked. */
  waitlist: { event: DemoEvent; person: Booking; full: boolean; daysAhead: number }
}

/**
 * Picks, on the demo site's morning, the sessions the desk works in: two of today's classes with twenty
 * people to check in between them, a session with two requests to confirm, and the next class with a
 * waitlist (the seeded schedule has its waitlists on full classes of the coming days).
 */
function planOutage(state: DemoData, nowMs: number): OutagePlan {
  const { timeZone } = state
  const facts = siteFacts(state)
  const today = businessDay(nowMs, timeZone)
  const todays = state.events
    .filter((e) => e.status === 'CONFIRMED' && businessDay(e.startMs, timeZone) === today)
    .sort((a, b) => a.startMs - b.startMs)
  const classes = todays.filter((e) => e.kind === 'CLASS')
  const allNameable = (e: DemoEvent) => facts.notCheckedIn(e).every((b) => facts.nameable(e, b))

  // The class with the most people still to check in (up to twenty), with room left for the walk-in.
  const allCandidates = classes
    .filter((e) => allNameable(e) && facts.notCheckedIn(e).length <= CHECK_INS)
    .filter((e) => e.endMs > nowMs && facts.held(e) < e.totalCapacity)
    .sort((a, b) => facts.notCheckedIn(b).length - facts.notCheckedIn(a).length)
  const allEvent = allCandidates[0]
  if (!allEvent) throw new Error('No class today to check everyone in')
  const rest = CHECK_INS - facts.notCheckedIn(allEvent).length
  // The rest in a class still on (in progress or to come), as latecomers to it.
  const selectedEvent = classes.find(
    (e) =>
      e !== allEvent &&
      e.endMs > nowMs &&
      facts.notCheckedIn(e).filter((b) => facts.nameable(e, b)).length >= Math.max(1, rest),
  )
  if (!selectedEvent || rest < 1) throw new Error(`No second class today with ${String(rest)} to check in`)

  const pendingEvent = todays.find(
    (e) =>
      e !== allEvent &&
      e !== selectedEvent &&
      facts.bookingsOf(e).filter((b) => b.status === 'PENDING' && facts.nameable(e, b)).length >= 2,
  )
  if (!pendingEvent) throw new Error('No session today with two requests to confirm')

  const lastDay = businessDay(nowMs + 7 * DAY_MS, timeZone)
  const waitlistEvent = state.events
    .filter(
      (e) =>
        e.status === 'CONFIRMED' &&
        e.kind === 'CLASS' &&
        e.startMs > nowMs &&
        businessDay(e.startMs, timeZone) <= lastDay &&
        facts.bookingsOf(e).some((b) => b.status === 'WAITING_LIST' && facts.nameable(e, b)),
    )
    .sort((a, b) => a.startMs - b.startMs)[0]
  if (!waitlistEvent) throw new Error('No class with a waitlist in the synced days')
  const person = facts
    .bookingsOf(waitlistEvent)
    .filter((b) => b.status === 'WAITING_LIST')
    .sort(facts.byCreated)[0]
  if (!person || !facts.nameable(waitlistEvent, person))
    throw new Error('The waitlist head has no usable name')

  return {
    timeZone,
    all: { event: allEvent, people: facts.notCheckedIn(allEvent) },
    selected: {
      event: selectedEvent,
      people: facts
        .notCheckedIn(selectedEvent)
        .filter((b) => facts.nameable(selectedEvent, b))
        .slice(0, rest),
    },
    pending: {
      event: pendingEvent,
      people: facts
        .bookingsOf(pendingEvent)
        .filter((b) => b.status === 'PENDING' && facts.nameable(pendingEvent, b))
        .sort(facts.byCreated)
        .slice(0, 2),
    },
    waitlist: {
      event: waitlistEvent,
      person,
      full: facts.held(waitlistEvent) + (person.totalParticipants ?? 1) > waitlistEvent.totalCapacity,
      daysAhead: Math.round(
        (Date.parse(businessDay(waitlistEvent.startMs, timeZone)) - Date.parse(today)) / DAY_MS,
      ),
    },
  }
}

// ---------------------------------------------------------------------------------------------------------
// The desk, as a person uses it

/** Today's list (the nav link), then the session's roster. */
async function openSession(page: Page, event: DemoEvent, timeZone: string, daysAhead = 0): Promise<void> {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Today' }).click()
  for (let day = 0; day < daysAhead; day++) await page.getByRole('button', { name: 'Next day' }).click()
  const sessions = page.getByRole('list', { name: 'Sessions' })
  await (
    await inList(page, 'Sessions', sessions.getByRole('link', { name: sessionLinkName(event, timeZone) }))
  ).click()
  await expect(page.getByRole('heading', { level: 2, name: event.title })).toBeVisible()
}

/**
 * The desk's long lists (Sessions, Booked) are virtual: only the rows in view are in the DOM. Scrolls the
 * list, half a screen at a time and round again from the top, until `target` is rendered, then brings it
 * into view.
 */
async function inList(page: Page, list: 'Sessions' | 'Booked', target: Locator): Promise<Locator> {
  const scroller = page.getByRole('list', { name: list }).locator('xpath=..')
  await expect
    .poll(
      async () => {
        if (await target.count()) return true
        await scroller.evaluate((element) => {
          const atEnd = element.scrollTop + element.clientHeight >= element.scrollHeight - 1
          element.scrollTop = atEnd ? 0 : element.scrollTop + element.clientHeight / 2
        })
        return false
      },
      { message: `scrolling the ${list} list to ${String(target)}`, timeout: 30_000, intervals: [250] },
    )
    .toBe(true)
  await target.scrollIntoViewIfNeeded()
  return target
}

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true })
/** The Booked list's row holding `control`. */
const rowOf = (page: Page, control: Locator) =>
  page.getByRole('list', { name: 'Booked' }).getByRole('listitem').filter({ has: control })

/** A booked person's row, checked in here and not yet on Wix. */
async function expectCheckedInWaiting(page: Page, name: string): Promise<void> {
  const undo = await inList(page, 'Booked', button(page, `Undo check-in for ${name}`))
  await expect(undo).toBeVisible()
  await expect(rowOf(page, undo)).toContainText('Waiting to sync')
}

/** The row with this button (e.g. "Undo check-in for Dana Lee"), on Wix now: nothing waiting. */
async function expectSynced(page: Page, buttonName: string): Promise<void> {
  const control = await inList(page, 'Booked', button(page, buttonName))
  await expect(control).toBeVisible()
  await expect(rowOf(page, control)).not.toContainText('Waiting to sync')
}

/** A person now booked (confirmed, or off the waitlist) here and not yet on Wix: not checked in. */
async function expectBookedWaiting(page: Page, name: string): Promise<void> {
  const checkIn = await inList(page, 'Booked', button(page, `Check in ${name}`))
  await expect(checkIn).toBeVisible()
  await expect(rowOf(page, checkIn)).toContainText('Waiting to sync')
}

// ---------------------------------------------------------------------------------------------------------

test('the line to Wix is cut: the desk works on, a reload keeps it all, and Wix gets every change once', async ({
  page,
  lineDesk: desk,
}) => {
  const line = desk.line
  if (!line) throw new Error('lineDesk has a line')
  await desk.open(page)
  const before = await desk.demo.state()
  const plan = planOutage(before, Date.parse(await desk.demo.now()))
  const { timeZone } = plan
  const checkedIn = [...plan.all.people, ...plan.selected.people]
  expect(checkedIn).toHaveLength(CHECK_INS)
  const promoted = plan.waitlist.person
  const promotedName = nameOf(promoted)

  // The internet goes; main notices within its probe interval and the desk says so.
  line.cut()
  await expect(syncStatus(page)).toContainText('Offline', { timeout: 30_000 })

  // Twenty people arrive: everyone booked into one class at once, and the rest of them in another.
  await openSession(page, plan.all.event, timeZone)
  await button(page, 'Check in all').click()
  for (const person of plan.all.people) await expectCheckedInWaiting(page, nameOf(person))

  await openSession(page, plan.selected.event, timeZone)
  for (const person of plan.selected.people) {
    // The box drawn over the real checkbox takes the pointer: the keyboard's Space is the sure way.
    const select = page.getByRole('checkbox', { name: `Select ${nameOf(person)}`, exact: true })
    await (await inList(page, 'Booked', select)).focus()
    await page.keyboard.press('Space')
    await expect(select).toBeChecked()
  }
  await button(page, `Check in selected (${String(plan.selected.people.length)})`).click()
  for (const person of plan.selected.people) await expectCheckedInWaiting(page, nameOf(person))

  // Two requests confirmed: each leaves Pending for Booked, still waiting to reach Wix.
  await openSession(page, plan.pending.event, timeZone)
  for (const person of plan.pending.people) {
    const name = nameOf(person)
    await button(page, `Confirm booking for ${name}`).click()
    const dialog = page.getByRole('dialog', { name: `Confirm ${name}'s booking` })
    await dialog.getByRole('button', { name: 'Confirm booking', exact: true }).click()
    await expect(dialog).toBeHidden()
    await expect(button(page, `Confirm booking for ${name}`)).toHaveCount(0)
    await expectBookedWaiting(page, name)
  }

  // Someone on the waitlist of the next class that has one is moved to booked (over capacity if it is full).
  await openSession(page, plan.waitlist.event, timeZone, plan.waitlist.daysAhead)
  await button(page, `Move ${promotedName} from waitlist to booked`).click()
  if (plan.waitlist.full) {
    const ask = page.getByRole('alertdialog', { name: 'This session is full' })
    await ask.getByRole('button', { name: 'Book over capacity' }).click()
    await expect(ask).toBeHidden()
  }
  await expect(button(page, `Move ${promotedName} from waitlist to booked`)).toHaveCount(0)
  await expectBookedWaiting(page, promotedName)

  // A walk-in, booked into the first class and checked in at once.
  await openSession(page, plan.all.event, timeZone)
  await button(page, 'Add walk-in').click()
  const walkIn = page.getByRole('dialog', { name: 'Add walk-in' })
  await walkIn.getByLabel('First name').fill(WALK_IN.firstName)
  await walkIn.getByLabel('Last name').fill(WALK_IN.lastName)
  await walkIn.getByLabel('Email').fill(WALK_IN.email)
  await walkIn.getByLabel('Session').selectOption(plan.all.event.id)
  await walkIn.getByRole('button', { name: 'Book and check in' }).click()
  await expect(walkIn).toBeHidden()
  await expectCheckedInWaiting(page, WALK_IN_NAME)

  // The queue counts one outbox entry per change still to go out (outbox state queued or sending):
  // - a check-in is one entry per person, even from "Check in all" / "Check in selected" (20);
  // - each confirm is one entry (2), and so is the waitlist move (a confirm from the waitlist: 1);
  // - a walk-in booked and checked in is two: the create, and its check-in queued behind it (2).
  const waiting = CHECK_INS + plan.pending.people.length + 1 + 2
  await expect(syncStatus(page)).toHaveText(`Offline · ${String(waiting)} changes waiting`)

  // A reload in the middle of the outage: the queue and everything the desk did are still there.
  await page.reload()
  await expect(syncStatus(page)).toHaveText(`Offline · ${String(waiting)} changes waiting`, {
    timeout: 60_000,
  })
  await expectCheckedInWaiting(page, WALK_IN_NAME)
  for (const person of plan.all.people) await expectCheckedInWaiting(page, nameOf(person))
  await openSession(page, plan.selected.event, timeZone)
  for (const person of plan.selected.people) await expectCheckedInWaiting(page, nameOf(person))
  await openSession(page, plan.pending.event, timeZone)
  for (const person of plan.pending.people) {
    await expect(button(page, `Confirm booking for ${nameOf(person)}`)).toHaveCount(0)
    await expectBookedWaiting(page, nameOf(person))
  }
  await openSession(page, plan.waitlist.event, timeZone, plan.waitlist.daysAhead)
  await expect(button(page, `Move ${promotedName} from waitlist to booked`)).toHaveCount(0)
  await expectBookedWaiting(page, promotedName)

  // Nothing reached Wix while the line was cut.
  const during = await desk.demo.state()
  for (const person of checkedIn)
    expect(attendedOnSite(during, person.id, person.bookedEntity.slot?.eventId ?? ''), nameOf(person)).toBe(
      false,
    )
  for (const person of plan.pending.people) expect(statusOnSite(during, person.id)).toBe('PENDING')
  expect(statusOnSite(during, promoted.id)).toBe('WAITING_LIST')
  expect(walkInsOnSite(during)).toHaveLength(0)
  expect(during.bookings).toEqual(before.bookings)
  expect(during.attendance).toEqual(before.attendance)

  // The line is back: the queue drains.
  line.restore()
  await expect(syncStatus(page)).toHaveText('All changes synced', { timeout: 90_000 })
  await expectSynced(page, `Check in ${promotedName}`)

  // Wix has every change, each once.
  await expect
    .poll(
      async () => {
        const after = await desk.demo.state()
        const walkIns = walkInsOnSite(after)
        return {
          attended: checkedIn.filter((p) => attendedOnSite(after, p.id, p.bookedEntity.slot?.eventId ?? ''))
            .length,
          confirmed: plan.pending.people.map((p) => statusOnSite(after, p.id)),
          promoted: statusOnSite(after, promoted.id),
          walkIns: walkIns.map((b) => ({
            name: nameOf(b),
            status: b.status,
            eventId: b.bookedEntity.slot?.eventId,
            checkedIn: attendedOnSite(after, b.id, plan.all.event.id),
          })),
          bookings: after.bookings.length,
        }
      },
      { timeout: 60_000 },
    )
    .toEqual({
      attended: CHECK_INS,
      confirmed: ['CONFIRMED', 'CONFIRMED'],
      promoted: 'CONFIRMED',
      walkIns: [{ name: WALK_IN_NAME, status: 'CONFIRMED', eventId: plan.all.event.id, checkedIn: true }],
      bookings: before.bookings.length + 1,
    })

  // And the desk shows them as Wix has them: nothing waiting any more.
  await openSession(page, plan.all.event, timeZone)
  await expectSynced(page, `Undo check-in for ${WALK_IN_NAME}`)
  for (const person of plan.all.people) await expectSynced(page, `Undo check-in for ${nameOf(person)}`)
})

test('the browser goes offline: check-ins wait in the queue and go out when it is back', async ({
  page,
  demoDesk: desk,
}) => {
  await desk.open(page)
  const state = await desk.demo.state()
  const nowMs = Date.parse(await desk.demo.now())
  const { timeZone } = state
  const facts = siteFacts(state)
  const today = businessDay(nowMs, timeZone)
  // The class in progress or next with two people still to check in.
  const event = state.events
    .filter(
      (e) =>
        e.status === 'CONFIRMED' &&
        e.kind === 'CLASS' &&
        e.endMs > nowMs &&
        businessDay(e.startMs, timeZone) === today &&
        facts.notCheckedIn(e).filter((b) => facts.nameable(e, b)).length >= 2,
    )
    .sort((a, b) => a.startMs - b.startMs)[0]
  if (!event) throw new Error('No class today with two people to check in')
  const people = facts
    .notCheckedIn(event)
    .filter((b) => facts.nameable(event, b))
    .slice(0, 2)

  await openSession(page, event, timeZone)
  await page.context().setOffline(true)
  await expect(syncStatus(page)).toContainText('Offline')

  for (const person of people) {
    await (await inList(page, 'Booked', button(page, `Check in ${nameOf(person)}`))).click()
    await expectCheckedInWaiting(page, nameOf(person))
  }
  // One outbox entry per check-in.
  await expect(syncStatus(page)).toHaveText('Offline · 2 changes waiting')
  const offline = await desk.demo.state()
  for (const person of people)
    expect(attendedOnSite(offline, person.id, event.id), nameOf(person)).toBe(false)

  await page.context().setOffline(false)
  await expect(syncStatus(page)).toHaveText('All changes synced', { timeout: 60_000 })
  await expect
    .poll(
      async () => {
        const after = await desk.demo.state()
        return people.map(
          (person) =>
            after.attendance.find((a) => a.bookingId === person.id && a.eventId === event.id)?.status ??
            'NOT_SET',
        )
      },
      { timeout: 30_000 },
    )
    .toEqual(['ATTENDED', 'ATTENDED'])
  for (const person of people) await expectSynced(page, `Undo check-in for ${nameOf(person)}`)
})
