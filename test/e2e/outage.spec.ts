import type { Page } from '@playwright/test'
import type { DemoData, DemoEvent } from '../../electron/demo-site'
import type { Booking } from '../../shared/wix/booking'
import { bookedList, button, confirmRequest, expectBookedRow, inList, openSession } from './support/desk-page'
import { test, expect, syncStatus } from './support/fixtures'
import {
  allByName,
  attendanceByName,
  attendanceOf,
  firstWhere,
  personName,
  readSite,
  statusOf,
  type SiteFacts,
} from './support/site-facts'

/**
 * An outage, as a desk has it: the line to Wix goes (or the browser itself says it is offline) in the middle
 * of a morning; the desk keeps checking people in, confirming, moving people off a waitlist and booking a
 * walk-in; everything shows at once, waits in the queue (and survives a reload), and reaches Wix once — and
 * only once — when the line is back.
 */

const DAY_MS = 24 * 60 * 60 * 1000

/** How many people the desk checks in during the outage. */
const CHECK_INS = 20

const WALK_IN = { firstName: 'Rosa', lastName: 'Outage', email: 'rosa.outage@example.com' }
const WALK_IN_NAME = `${WALK_IN.firstName} ${WALK_IN.lastName}`

// ---------------------------------------------------------------------------------------------------------
// The demo site's data, as the desk will show it

const attendedOnSite = (state: DemoData, booking: Booking, eventId: string) =>
  attendanceOf(state, booking.id, eventId) === 'ATTENDED'

const walkInsOnSite = (state: DemoData) =>
  state.bookings.filter((b) => b.contactDetails?.email === WALK_IN.email)

const byCreated = (a: Booking, b: Booking) => a.createdDate.localeCompare(b.createdDate)

interface OutagePlan {
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
function planOutage(facts: SiteFacts): OutagePlan {
  const { nowMs, today } = facts
  const todays = facts.sessionsOn(today)
  const classes = facts.classesToday()
  const nameableToCheckIn = (e: DemoEvent) => facts.notCheckedIn(e.id, { named: true })
  const requests = (e: DemoEvent) =>
    facts
      .bookingsOf(e.id)
      .filter((b) => b.status === 'PENDING' && facts.nameable(e.id, b))
      .sort(byCreated)

  // The class with the most people still to check in (up to twenty), with room left for the walk-in.
  const allEvent = classes
    .filter((e) => nameableToCheckIn(e).length === facts.notCheckedIn(e.id).length)
    .filter((e) => facts.notCheckedIn(e.id).length <= CHECK_INS && facts.held(e) < e.totalCapacity)
    .sort((a, b) => facts.notCheckedIn(b.id).length - facts.notCheckedIn(a.id).length)[0]
  if (!allEvent) throw new Error('No class today to check everyone in')
  const rest = CHECK_INS - facts.notCheckedIn(allEvent.id).length
  if (rest < 1) throw new Error(`${allEvent.title} has more than ${String(CHECK_INS)} to check in`)
  // The rest in a class still on (in progress or to come), as latecomers to it.
  const selectedEvent = firstWhere(
    classes,
    (e) => e !== allEvent && nameableToCheckIn(e).length >= rest,
    `second class today with ${String(rest)} to check in`,
  )
  const pendingEvent = firstWhere(
    todays,
    (e) => e !== allEvent && e !== selectedEvent && requests(e).length >= 2,
    'session today with two requests to confirm',
  )

  const lastDay = facts.dayOf(nowMs + 7 * DAY_MS)
  const waitlistEvent = firstWhere(
    facts.state.events
      .filter((e) => e.status === 'CONFIRMED' && e.kind === 'CLASS' && e.startMs > nowMs)
      .filter((e) => facts.dayOf(e.startMs) <= lastDay)
      .sort((a, b) => a.startMs - b.startMs),
    (e) => facts.bookingsOf(e.id).some((b) => b.status === 'WAITING_LIST' && facts.nameable(e.id, b)),
    'class with a waitlist in the synced days',
  )
  const person = facts
    .bookingsOf(waitlistEvent.id)
    .filter((b) => b.status === 'WAITING_LIST')
    .sort(byCreated)[0]
  if (!person || !facts.nameable(waitlistEvent.id, person))
    throw new Error('The waitlist head has no usable name')

  return {
    all: { event: allEvent, people: facts.notCheckedIn(allEvent.id) },
    selected: { event: selectedEvent, people: nameableToCheckIn(selectedEvent).slice(0, rest) },
    pending: { event: pendingEvent, people: requests(pendingEvent).slice(0, 2) },
    waitlist: {
      event: waitlistEvent,
      person,
      full: facts.held(waitlistEvent) + (person.totalParticipants ?? 1) > waitlistEvent.totalCapacity,
      daysAhead: Math.round((Date.parse(facts.dayOf(waitlistEvent.startMs)) - Date.parse(today)) / DAY_MS),
    },
  }
}

// ---------------------------------------------------------------------------------------------------------
// How a person's row stands on the roster in view

/** Checked in here and not yet on Wix. */
const expectCheckedInWaiting = (page: Page, name: string) =>
  expectBookedRow(page, name, { checkedIn: true, waitingToSync: true })

/** Now booked (confirmed, or off the waitlist) here and not yet on Wix: not checked in. */
const expectBookedWaiting = (page: Page, name: string) =>
  expectBookedRow(page, name, { checkedIn: false, waitingToSync: true })

/** Checked in, and on Wix now: nothing waiting. */
const expectCheckedInSynced = (page: Page, name: string) =>
  expectBookedRow(page, name, { checkedIn: true, waitingToSync: false })

// ---------------------------------------------------------------------------------------------------------

test('the line to Wix is cut: the desk works on, a reload keeps it all, and Wix gets every change once', async ({
  page,
  lineDesk: desk,
}) => {
  await desk.open(page)
  const facts = await readSite(desk.demo)
  const before = facts.state
  const { timeZone } = facts
  const plan = planOutage(facts)
  const checkedIn = [...plan.all.people, ...plan.selected.people]
  expect(checkedIn).toHaveLength(CHECK_INS)
  const promoted = plan.waitlist.person
  const promotedName = personName(promoted)
  const waitlisted = { daysAhead: plan.waitlist.daysAhead }

  // The internet goes; main notices within its probe interval and the desk says so.
  desk.line.cut()
  await expect(syncStatus(page)).toContainText('Offline', { timeout: 30_000 })

  // Twenty people arrive: everyone booked into one class at once, and the rest of them in another.
  await openSession(page, plan.all.event, timeZone)
  await button(page, 'Check in all').click()
  for (const person of plan.all.people) await expectCheckedInWaiting(page, personName(person))

  await openSession(page, plan.selected.event, timeZone)
  for (const person of plan.selected.people) {
    // The box drawn over the real checkbox takes the pointer: the keyboard's Space is the sure way.
    const select = page.getByRole('checkbox', { name: `Select ${personName(person)}`, exact: true })
    await (await inList(bookedList(page), select)).focus()
    await page.keyboard.press('Space')
    await expect(select).toBeChecked()
  }
  await button(page, `Check in selected (${String(plan.selected.people.length)})`).click()
  for (const person of plan.selected.people) await expectCheckedInWaiting(page, personName(person))

  // Two requests confirmed: each leaves Pending for Booked, still waiting to reach Wix.
  await openSession(page, plan.pending.event, timeZone)
  for (const person of plan.pending.people) {
    const name = personName(person)
    await confirmRequest(page, name)
    await expect(button(page, `Confirm booking for ${name}`)).toHaveCount(0)
    await expectBookedWaiting(page, name)
  }

  // Someone on the waitlist of the next class that has one is moved to booked (over capacity if it is full).
  await openSession(page, plan.waitlist.event, timeZone, waitlisted)
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
  for (const person of plan.all.people) await expectCheckedInWaiting(page, personName(person))
  await openSession(page, plan.selected.event, timeZone)
  for (const person of plan.selected.people) await expectCheckedInWaiting(page, personName(person))
  await openSession(page, plan.pending.event, timeZone)
  for (const person of plan.pending.people) {
    await expect(button(page, `Confirm booking for ${personName(person)}`)).toHaveCount(0)
    await expectBookedWaiting(page, personName(person))
  }
  await openSession(page, plan.waitlist.event, timeZone, waitlisted)
  await expect(button(page, `Move ${promotedName} from waitlist to booked`)).toHaveCount(0)
  await expectBookedWaiting(page, promotedName)

  // Nothing reached Wix while the line was cut.
  const during = await desk.demo.state()
  for (const person of checkedIn)
    expect(attendedOnSite(during, person, person.bookedEntity.slot?.eventId ?? ''), personName(person)).toBe(
      false,
    )
  for (const person of plan.pending.people) expect(statusOf(during, person.id)).toBe('PENDING')
  expect(statusOf(during, promoted.id)).toBe('WAITING_LIST')
  expect(walkInsOnSite(during)).toHaveLength(0)
  expect(during.bookings).toEqual(before.bookings)
  expect(during.attendance).toEqual(before.attendance)

  // The line is back: the queue drains.
  desk.line.restore()
  await expect(syncStatus(page)).toHaveText('All changes synced', { timeout: 90_000 })
  await expectBookedRow(page, promotedName, { checkedIn: false, waitingToSync: false })

  // Wix has every change, each once.
  await expect
    .poll(
      async () => {
        const after = await desk.demo.state()
        const walkIns = walkInsOnSite(after)
        return {
          attended: checkedIn.filter((p) => attendedOnSite(after, p, p.bookedEntity.slot?.eventId ?? ''))
            .length,
          confirmed: plan.pending.people.map((p) => statusOf(after, p.id)),
          promoted: statusOf(after, promoted.id),
          walkIns: walkIns.map((b) => ({
            name: personName(b),
            status: b.status,
            eventId: b.bookedEntity.slot?.eventId,
            checkedIn: attendedOnSite(after, b, plan.all.event.id),
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
  await expectCheckedInSynced(page, WALK_IN_NAME)
  for (const person of plan.all.people) await expectCheckedInSynced(page, personName(person))
})

test('the browser goes offline: check-ins wait in the queue and go out when it is back', async ({
  page,
  demoDesk: desk,
}) => {
  const facts = await readSite(desk.demo)
  // The class in progress or next with two people still to check in.
  const event = firstWhere(
    facts.classesToday(),
    (e) => facts.notCheckedIn(e.id, { named: true }).length >= 2,
    'class today with two people to check in',
  )
  const people = facts.notCheckedIn(event.id, { named: true }).slice(0, 2)

  await desk.open(page)
  await openSession(page, event, facts.timeZone)
  await page.context().setOffline(true)
  await expect(syncStatus(page)).toContainText('Offline')

  for (const person of people) {
    await (await inList(bookedList(page), button(page, `Check in ${personName(person)}`))).click()
    await expectCheckedInWaiting(page, personName(person))
  }
  // One outbox entry per check-in.
  await expect(syncStatus(page)).toHaveText('Offline · 2 changes waiting')
  const offline = await desk.demo.state()
  for (const person of people)
    expect(attendedOnSite(offline, person, event.id), personName(person)).toBe(false)

  await page.context().setOffline(false)
  await expect(syncStatus(page)).toHaveText('All changes synced', { timeout: 60_000 })
  await expect
    .poll(() => attendanceByName(desk.demo, event.id, people), { timeout: 30_000 })
    .toEqual(allByName(people, 'ATTENDED'))
  for (const person of people) await expectCheckedInSynced(page, personName(person))
})
