import type { Booking } from '../../shared/wix/booking'
import type { DemoEvent } from '../../electron/demo-site'
import {
  bookedList,
  bookedRow,
  button,
  expectBookedRow,
  inList,
  openSession,
  screenLink,
} from './support/desk-page'
import { test, expect, syncStatus } from './support/fixtures'
import { escapeRegExp } from './support/patterns'
import { attendanceOf, personName, readSite, type SiteFacts } from './support/site-facts'

/**
 * A reschedule the desk did not see coming (issue 19, case 3): while the line to Wix is down, the desk checks
 * a person in on today's class; meanwhile the customer moves that booking to a later session of the same
 * class on the website. When the line is back, the check-in must not land on a session the person no longer
 * holds, must not be lost silently, and the desk must be told in words; the booking shows where Wix has it.
 */

interface MovePlan {
  from: DemoEvent
  to: DemoEvent
  person: Booking
}

/** Today's class with a person still to come, and a later session of the same service with room for them. */
function planMove(facts: SiteFacts): MovePlan {
  const later = (from: DemoEvent) =>
    facts.state.events
      .filter(
        (e) =>
          e.status === 'CONFIRMED' &&
          e.kind === 'CLASS' &&
          e.serviceId === from.serviceId &&
          e.startMs > from.startMs &&
          facts.dayOf(e.startMs) === facts.today,
      )
      .filter((e) => facts.held(e) + 1 <= e.totalCapacity)
      .sort((a, b) => a.startMs - b.startMs)[0]
  for (const from of facts.classesToday()) {
    const to = later(from)
    const person = facts.stillToCome(from.id, { named: true }).find((b) => (b.totalParticipants ?? 1) === 1)
    if (to && person && !person.multiServiceBookingInfo) return { from, to, person }
  }
  throw new Error('The demo site has no class today with a later session of the same class to move to')
}

test('a customer moves to a later class while the desk is offline and checks them in on the old one: the desk is told, Wix gets nothing wrong', async ({
  page,
  lineDesk: desk,
}) => {
  const facts = await readSite(desk.demo)
  const { timeZone } = facts
  const plan = planMove(facts)
  const name = personName(plan.person)
  test.info().annotations.push({ type: 'move', description: `${name}: ${plan.from.title}` })
  await desk.open(page)

  // The line goes; the person walks in to the class they booked, and the desk checks them in.
  desk.line.cut()
  await expect(syncStatus(page)).toContainText('Offline', { timeout: 30_000 })
  await openSession(page, plan.from, timeZone)
  await (await inList(bookedList(page), button(page, `Check in ${name}`))).click()
  await expectBookedRow(page, name, { checkedIn: true, waitingToSync: true })
  await expect(syncStatus(page)).toHaveText('Offline · 1 change waiting')

  // Meanwhile the customer had moved the booking to the later session on the website.
  await desk.demo.post('/world/customer-reschedules', { bookingId: plan.person.id, toEventId: plan.to.id })

  // The line is back: the check-in meets a booking that is no longer on this session.
  desk.line.restore()
  await expect(syncStatus(page)).toHaveText('All changes synced · 1 needs attention', { timeout: 90_000 })

  // Wix holds the booking on the later session, and nobody was checked in on either session.
  const after = await desk.demo.state()
  const moved = after.bookings.find((b) => b.id === plan.person.id)
  expect(moved?.bookedEntity.slot?.eventId).toBe(plan.to.id)
  expect(attendanceOf(after, plan.person.id, plan.from.id)).toBe('NOT_SET')
  expect(attendanceOf(after, plan.person.id, plan.to.id)).toBe('NOT_SET')

  // The old roster no longer lists the person as booked; the later session's roster does.
  await openSession(page, plan.from, timeZone)
  await expect(bookedRow(page, name)).toHaveCount(0)
  await openSession(page, plan.to, timeZone)
  await expectBookedRow(page, name, { checkedIn: false })

  // Needs attention says what happened, in words, and the check-in can be let go.
  await screenLink(page, 'Needs attention').click()
  const cards = page.getByRole('list', { name: 'Changes that need a decision' }).getByRole('listitem')
  await expect(cards).toHaveCount(1)
  const card = cards.first().getByRole('article')
  await expect(card).toHaveAccessibleName(new RegExp(`^Checked in ${escapeRegExp(name)}`))
  await expect(card).toHaveAccessibleDescription(new RegExp(`${escapeRegExp(name)}.*moved`, 'i'))
  await card.getByRole('button', { name: /^Discard: / }).click()
  await expect(page.getByText('Nothing needs attention')).toBeVisible()
  await expect(syncStatus(page)).toHaveText('All changes synced')
})
