import { bookedList, bookedRow, rosterTitle, sessionsList } from './support/desk-page'
import { test, expect, syncStatus } from './support/fixtures'
import { arrowDownUntil, expectFocusVisible, focusedHref, focusedLabel, tabInto } from './support/keyboard'
import { sessionCounts, sessionLinkName } from './support/patterns'
import { attendanceOf, classToCheckIn, personName, readSite } from './support/site-facts'

test('Keyboard only: reach a class, check someone in and undo it, without the mouse', async ({
  page,
  demoDesk,
}) => {
  const facts = await readSite(demoDesk.demo)
  const session = classToCheckIn(facts, 2)
  const toCome = new Map(facts.stillToCome(session.id, { named: true }).map((b) => [personName(b), b]))
  const siteAttendance = async (bookingId: string) =>
    attendanceOf(await demoDesk.demo.state(), bookingId, session.id)

  await demoDesk.open(page)

  // Tab from the top of the page into the day's sessions, then ↓ to the class; Enter opens its roster.
  const sessions = sessionsList(page)
  await expect(sessions).toBeVisible()
  await tabInto(page, sessions)
  await expectFocusVisible(sessions.getByRole('link').first())
  const href = `#/session/${session.id}`
  const sessionLink = sessions.getByRole('link').and(page.locator(`[href="${href}"]`))
  const atClass = async () => (await focusedHref(page)) === href
  if (!(await atClass())) await arrowDownUntil(page, atClass, 100)
  await expectFocusVisible(sessionLink)
  await expect(sessionLink).toHaveAccessibleName(sessionLinkName(session, facts.timeZone))
  await expect(sessionLink).toHaveAccessibleName(sessionCounts)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`#/session/${session.id}$`))
  // The focus goes from the link (gone with Today) to the roster's title, so the keyboard goes on from here.
  await expect(rosterTitle(page, session)).toBeVisible()
  await expectFocusVisible(rosterTitle(page, session))

  // Into the Booked list, then ↓ from row to row to someone not checked in yet (at least one move).
  const booked = bookedList(page)
  await tabInto(page, booked)
  await expectFocusVisible(booked.locator(':focus'))
  const label = await arrowDownUntil(
    page,
    async () => {
      const focused = await focusedLabel(page)
      return focused.startsWith('Check in ') && toCome.has(focused.slice('Check in '.length))
    },
    100,
  )
  const name = label.slice('Check in '.length)
  const person = toCome.get(name)
  if (!person) throw new Error(`${name} is not among the people to check in`)
  const checkIn = booked.getByRole('button', { name: `Check in ${name}`, exact: true })
  const undoCheckIn = booked.getByRole('button', { name: `Undo check-in for ${name}`, exact: true })
  const row = bookedRow(page, name)
  await expectFocusVisible(checkIn)

  // Enter checks the focused row in; the focus stays on its button, now the undo.
  await page.keyboard.press('Enter')
  await expectFocusVisible(undoCheckIn)
  await expect(row).toContainText('Checked in')
  // Sent and taken by the site (Undo must now send the state it replaced, not just drop a queued change).
  await expect(row).not.toContainText('Waiting to sync')
  await expect.poll(() => siteAttendance(person.id)).toBe('ATTENDED')
  // The toast names the session after the person (issue 21): "Checked in Dana Lee to Vinyasa Flow · Tue 9:00 AM".
  const toastUndo = page.getByRole('button', { name: `Undo: Checked in ${name} to ` })
  await expect(toastUndo).toBeVisible()

  // Ctrl+Z takes it back: the row is "Check in" again, with the focus still on it, and the toast is gone.
  await page.keyboard.press('Control+z')
  await expectFocusVisible(checkIn)
  await expect(toastUndo).toHaveCount(0)
  await expect(row).not.toContainText('Checked in')

  // The truth: the site no longer has them in (the undo sent NOT_SET, the state the check-in replaced).
  await expect.poll(() => siteAttendance(person.id), { timeout: 30_000 }).toBe('NOT_SET')
  await expect(syncStatus(page)).toContainText('All changes synced', { timeout: 30_000 })
  await expect(row).not.toContainText('Waiting to sync')
})
