import { queryWords, searchTokens } from '../../shared/domain/search-tokens'
import type { Booking } from '../../shared/wix/booking'
import {
  bookedList,
  expectBookedRow,
  inList,
  openSession,
  sessionLink,
  sessionsList,
} from './support/desk-page'
import { test, expect, syncStatus } from './support/fixtures'
import { escapeRegExp, sessionCounts } from './support/patterns'
import {
  allByName,
  attendanceByName,
  classToCheckIn,
  personName,
  readSite,
  type SiteFacts,
} from './support/site-facts'

/**
 * What to type in Find attendee so that `booking` is today's only match (Enter checks in the first match,
 * today's bookings first), as a desk would: the start of the last name (4 letters or more), else the first
 * name and the start of the last, else null. Matching is as the app does it: every typed word prefixes one
 * of the booking's search tokens (name parts, e-mail, phone).
 */
function searchFragment(booking: Booking, facts: SiteFacts): string | null {
  const contact = booking.contactDetails ?? {}
  const parts = (name: string | null | undefined) => (name ?? '').split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  const lastParts = parts(contact.lastName)
  const lastStarts = lastParts.flatMap((last) =>
    Array.from({ length: Math.max(1, last.length - 3) }, (_, i) => last.slice(0, i + 4)),
  )
  const candidates = [
    ...lastStarts,
    ...parts(contact.firstName).flatMap((first) => lastStarts.map((start) => `${first} ${start}`)),
  ]
  // A course booking can be "today" by its course's session today, whatever its own date says.
  const maybeToday = facts.state.bookings.filter(
    (b) => b.id !== booking.id && (!b.bookedEntity.slot?.eventId || facts.dayOf(b.startDate) === facts.today),
  )
  const matches = (text: string, other: Booking) => {
    const tokens = searchTokens(other.contactDetails ?? {})
    return queryWords(text).every((word) => tokens.some((token) => token.startsWith(word)))
  }
  return candidates.find((text) => !maybeToday.some((other) => matches(text, other))) ?? null
}

test('A morning: pick a class on Today, check in three by click and two by search', async ({
  page,
  demoDesk,
}) => {
  const { demo } = demoDesk
  const facts = await readSite(demo)
  // A class with five people still to come, two of whom the search box finds by a fragment of their name
  // alone: what a desk opens on a morning.
  const session = classToCheckIn(
    facts,
    5,
    (e) => facts.stillToCome(e.id, { named: true }).filter((b) => searchFragment(b, facts)).length >= 2,
  )
  const waiting = facts.stillToCome(session.id, { named: true })

  await demoDesk.open(page)

  // Today: the class is a link in the Sessions list; its name says how it stands. It opens the roster.
  const link = await inList(sessionsList(page), sessionLink(page, session))
  await expect(link).toHaveAccessibleName(sessionCounts)
  await openSession(page, session, facts.timeZone)

  // The people on screen (the list is virtual: only rows in view are in the page) who are still to come.
  const booked = bookedList(page)
  await expect(booked.getByRole('button', { name: /^Check in / }).first()).toBeVisible()
  const shown = new Set(
    await booked
      .getByRole('button', { name: /^Check in / })
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')?.replace(/^Check in /, ''))),
  )
  const onScreen = waiting.filter((b) => shown.has(personName(b)))
  const bySearch = onScreen
    .map((booking) => ({ booking, fragment: searchFragment(booking, facts) }))
    .filter((p): p is { booking: Booking; fragment: string } => p.fragment !== null)
    // A bit of the last name alone is what a desk types first.
    .sort((a, b) => Number(a.fragment.includes(' ')) - Number(b.fragment.includes(' ')))
    .slice(0, 2)
  expect(bySearch, 'two people findable by a fragment of their name').toHaveLength(2)
  const byClick = onScreen.filter((b) => !bySearch.some((p) => p.booking === b)).slice(0, 3)
  expect(byClick, 'three more people to check in by click').toHaveLength(3)
  test.info().annotations.push({
    type: 'morning',
    description: `${session.title} at ${new Date(session.startMs).toISOString()}: click ${byClick.map(personName).join(', ')}; search ${bySearch.map((p) => `"${p.fragment}"`).join(', ')}`,
  })

  // Three by click: each row's button turns into its undo.
  for (const person of byClick) {
    const name = personName(person)
    await booked.getByRole('button', { name: `Check in ${name}`, exact: true }).click()
    await expectBookedRow(page, name, { checkedIn: true })
  }

  // Two by keyboard: `/` to the search box, a fragment of the name, Enter; the box keeps the focus for the next.
  const search = page.getByRole('combobox', { name: 'Find attendee' })
  await page.keyboard.press('/')
  await expect(search).toBeFocused()
  for (const { booking, fragment } of bySearch) {
    const name = personName(booking)
    await page.keyboard.type(fragment)
    await expect(
      page.getByRole('listbox', { name: 'Matches' }).getByRole('option').first(),
    ).toHaveAccessibleName(new RegExp(`^${escapeRegExp(name)}, `))
    await page.keyboard.press('Enter')
    await expectBookedRow(page, name, { checkedIn: true })
    await expect(search).toBeFocused()
    await expect(search).toHaveValue('')
  }

  // The truth: the site has all five in, and the desk has nothing left to send.
  const five = [...byClick, ...bySearch.map((p) => p.booking)]
  await expect
    .poll(() => attendanceByName(demo, session.id, five), { timeout: 30_000 })
    .toEqual(allByName(five, 'ATTENDED'))
  await expect(syncStatus(page)).toContainText('All changes synced', { timeout: 30_000 })
})
