import type { Page } from '@playwright/test'
import { businessDayOf } from '../../shared/domain/business-day'
import { queryWords, searchTokens } from '../../shared/domain/search-tokens'
import type { Booking } from '../../shared/wix/booking'
import type { DemoData, DemoEvent } from '../../electron/main/demo'
import type { DemoControl } from './support/demo-control'
import { test, expect, syncStatus } from './support/fixtures'

/** The name the desk shows for a booking ("First Last"), as the roster's buttons say it. */
function personName(booking: Booking): string {
  const contact = booking.contactDetails
  return `${contact?.firstName?.trim() ?? ''} ${contact?.lastName?.trim() ?? ''}`.trim()
}

/** The demo site's "today" (the business's calendar day) at its own clock. */
async function siteToday(demo: DemoControl, state: DemoData): Promise<string> {
  return businessDayOf(new Date(await demo.now()), state.timeZone)
}

/** A session's booked people (CONFIRMED, booked into that very session) nobody has checked in or marked. */
function notYetIn(state: DemoData, eventId: string): Booking[] {
  const marked = new Set(
    state.attendance.filter((a) => a.eventId === eventId && a.status !== 'NOT_SET').map((a) => a.bookingId),
  )
  const booked = state.bookings.filter(
    (b) => b.status === 'CONFIRMED' && b.bookedEntity.slot?.eventId === eventId && !marked.has(b.id),
  )
  // Two people of one name would share a button name: leave them out.
  const names = booked.map(personName)
  return booked.filter(
    (b) => personName(b) !== '' && names.indexOf(personName(b)) === names.lastIndexOf(personName(b)),
  )
}

/**
 * What to type in Find attendee so that `booking` is today's only match (Enter checks in the first match,
 * today's bookings first), as a desk would: the start of the last name (4 letters or more), else the first
 * name and the start of the last, else null. Matching is as the app does it: every typed word prefixes one of the booking's search
 * tokens (name parts, e-mail, phone).
 */
function searchFragment(booking: Booking, state: DemoData, today: string): string | null {
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
  const maybeToday = state.bookings.filter(
    (b) =>
      b.id !== booking.id &&
      (!b.bookedEntity.slot?.eventId || businessDayOf(new Date(b.startDate), state.timeZone) === today),
  )
  const matches = (text: string, other: Booking) => {
    const tokens = searchTokens(other.contactDetails ?? {})
    return queryWords(text).every((word) => tokens.some((token) => token.startsWith(word)))
  }
  return candidates.find((text) => !maybeToday.some((other) => matches(text, other))) ?? null
}

/**
 * Today's first class not over yet with at least five people still to check in, two of whom the search box
 * finds by a fragment of their name alone: what a desk opens on a morning.
 */
async function classToCheckIn(demo: DemoControl, state: DemoData): Promise<DemoEvent> {
  const today = await siteToday(demo, state)
  const now = Date.parse(await demo.now())
  const event = state.events
    .filter((e) => {
      if (e.kind !== 'CLASS' || e.status !== 'CONFIRMED' || e.endMs <= now) return false
      if (businessDayOf(new Date(e.startMs), state.timeZone) !== today) return false
      const toCome = notYetIn(state, e.id)
      return toCome.length >= 5 && toCome.filter((b) => searchFragment(b, state, today)).length >= 2
    })
    .sort((a, b) => a.startMs - b.startMs || a.id.localeCompare(b.id))[0]
  if (!event) throw new Error('No class today with five people to check in, two of them easy to find')
  return event
}

/** The site's attendance (the truth) for these people at that session, by name: NOT_SET when none. */
async function attendanceByName(
  demo: DemoControl,
  eventId: string,
  people: readonly Booking[],
): Promise<Record<string, string>> {
  const { attendance } = await demo.state()
  return Object.fromEntries(
    people.map((b) => [
      personName(b),
      attendance.find((a) => a.bookingId === b.id && a.eventId === eventId)?.status ?? 'NOT_SET',
    ]),
  )
}

const bookedList = (page: Page) => page.getByRole('list', { name: 'Booked' })

test('A morning: pick a class on Today, check in three by click and two by search', async ({
  page,
  demoDesk,
}) => {
  const { demo } = demoDesk
  const state = await demo.state()
  const today = await siteToday(demo, state)
  const session = await classToCheckIn(demo, state)
  const waiting = notYetIn(state, session.id)

  await demoDesk.open(page)

  // Today: the class is a link in the Sessions list; its name says how it stands.
  const sessions = page.getByRole('list', { name: 'Sessions' })
  const link = sessions
    .getByRole('link', { name: new RegExp(`^${escapeRegExp(session.title)}, `) })
    .and(page.locator(`[href="#/session/${session.id}"]`))
  await expect(link).toHaveAccessibleName(/ booked, /)
  await link.click()
  await expect(page.getByRole('heading', { name: session.title, level: 2 })).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`#/session/${session.id}$`))

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
    .map((booking) => ({ booking, fragment: searchFragment(booking, state, today) }))
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
    await expect(booked.getByRole('button', { name: `Undo check-in for ${name}`, exact: true })).toBeVisible()
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
    await expect(booked.getByRole('button', { name: `Undo check-in for ${name}`, exact: true })).toBeVisible()
    await expect(search).toBeFocused()
    await expect(search).toHaveValue('')
  }

  // The truth: the site has all five in, and the desk has nothing left to send.
  const five = [...byClick, ...bySearch.map((p) => p.booking)]
  await expect
    .poll(() => attendanceByName(demo, session.id, five), { timeout: 30_000 })
    .toEqual(Object.fromEntries(five.map((b) => [personName(b), 'ATTENDED'])))
  await expect(syncStatus(page)).toContainText('All changes synced', { timeout: 30_000 })
})

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
