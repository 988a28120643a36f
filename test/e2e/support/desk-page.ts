import { expect, type Locator, type Page } from '@playwright/test'
import type { DemoEvent } from '../../../electron/demo-site'
import { escapeRegExp, sessionLinkName } from './patterns'

/**
 * The desk as a person uses it, by role and accessible name: the screens, a session's roster and its rows,
 * the dialogs and the toasts.
 */

/** A button by its whole accessible name. */
export const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true })

/** The navigation between screens (Today, Pending, Needs attention, Activity, Settings). */
export const screens = (page: Page) => page.getByRole('navigation', { name: 'Screens' })

/** A screen's link in the navigation; Pending and Needs attention carry their count after the name. */
export const screenLink = (
  page: Page,
  name: 'Today' | 'Pending' | 'Needs attention' | 'Activity' | 'Settings',
) => screens(page).getByRole('link', { name: new RegExp(`^${name}`) })

/** Today's list of sessions (virtual). */
export const sessionsList = (page: Page) => page.getByRole('list', { name: 'Sessions' })

/** A session's link on Today (its accessible name says what the session is and how it stands). */
export const sessionLink = (page: Page, event: DemoEvent) =>
  sessionsList(page)
    .getByRole('link')
    .and(page.locator(`[href="#/session/${encodeURIComponent(event.id)}"]`))

/** The roster's title: the session's name, a level-2 heading. */
export const rosterTitle = (page: Page, event: DemoEvent) =>
  page.getByRole('heading', { level: 2, name: event.title, exact: true })

/** The roster's list of booked people (virtual). */
export const bookedList = (page: Page) => page.getByRole('list', { name: 'Booked' })

/** A booked person's row on the roster in view (found by its "Select {name}" box, which every row has). */
export const bookedRow = (page: Page, name: string) =>
  bookedList(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('checkbox', { name: `Select ${name}`, exact: true }) })

/**
 * `target` in a virtual list (only the rows near the view are in the page: ui/VirtualList.tsx): scrolls the
 * list half a screen at a time, round again from the top, until `target` is rendered, then brings it into
 * view.
 */
export async function inList(list: Locator, target: Locator): Promise<Locator> {
  const scroller = list.page().locator('[data-virtual-scroller]').filter({ has: list })
  await expect
    .poll(
      async () => {
        if ((await target.count()) > 0) return true
        await scroller.evaluate((element) => {
          const atEnd = element.scrollTop + element.clientHeight >= element.scrollHeight - 1
          element.scrollTop = atEnd ? 0 : element.scrollTop + element.clientHeight / 2
        })
        return false
      },
      { message: `scrolling ${String(list)} to ${String(target)}`, timeout: 30_000, intervals: [250] },
    )
    .toBe(true)
  await target.scrollIntoViewIfNeeded()
  return target
}

/**
 * Opens the day's sign-in sheet from Today as a desk does ("Sign-in sheet" beside the day's navigation), and
 * waits for its heading and first table.
 */
export async function openDaySheet(page: Page): Promise<void> {
  await screenLink(page, 'Today').click()
  await page.getByRole('link', { name: 'Sign-in sheet', exact: true }).click()
  await expect(page.getByRole('heading', { level: 2, name: /^Sign-in sheet: / })).toBeVisible()
  await expect(page.getByRole('table').first()).toBeVisible()
}

/**
 * Opens a session's roster as a desk does: Today in the navigation (`daysAhead` times "Next day"), the
 * session's link (its name starting with the title and the start time), and the roster, its title focused
 * (so a screen reader says where the desk is, and Tab goes on from there).
 */
export async function openSession(
  page: Page,
  event: DemoEvent,
  timeZone: string,
  { daysAhead = 0 } = {},
): Promise<void> {
  await screenLink(page, 'Today').click()
  for (let day = 0; day < daysAhead; day++) await button(page, 'Next day').click()
  const link = await inList(sessionsList(page), sessionLink(page, event))
  await expect(link).toHaveAccessibleName(sessionLinkName(event, timeZone))
  await link.click()
  await expect(page).toHaveURL(new RegExp(`#/session/${escapeRegExp(encodeURIComponent(event.id))}$`))
  await expect(rosterTitle(page, event)).toBeVisible()
  await expect(rosterTitle(page, event)).toBeFocused()
}

/**
 * How a booked person's row stands, scrolled into the page: checked in or not (its button is "Undo check-in
 * for …" or "Check in …"), and — when asked — whether it is still waiting to reach Wix ("Waiting to sync").
 */
export async function expectBookedRow(
  page: Page,
  name: string,
  { checkedIn, waitingToSync }: { checkedIn: boolean; waitingToSync?: boolean },
): Promise<Locator> {
  const row = await inList(bookedList(page), bookedRow(page, name))
  const primary = checkedIn ? `Undo check-in for ${name}` : `Check in ${name}`
  await expect(row.getByRole('button', { name: primary, exact: true })).toBeVisible()
  if (waitingToSync === true) await expect(row).toContainText('Waiting to sync')
  if (waitingToSync === false) await expect(row).not.toContainText('Waiting to sync')
  return row
}

/** Clicks the first "Check in …" of the Booked list; answers the person's name once their row says so. */
export async function checkInFirst(page: Page): Promise<string> {
  const checkIn = bookedList(page)
    .getByRole('button', { name: /^Check in / })
    .first()
  const name = ((await checkIn.getAttribute('aria-label')) ?? '').replace(/^Check in /, '')
  await checkIn.click()
  await expect(
    bookedList(page).getByRole('button', { name: `Undo check-in for ${name}`, exact: true }),
  ).toBeVisible()
  return name
}

/** Confirms `name`'s request (its "Confirm booking for …" button, then the dialog), until the dialog is gone. */
export async function confirmRequest(page: Page, name: string): Promise<void> {
  await button(page, `Confirm booking for ${name}`).click()
  const dialog = page.getByRole('dialog', { name: `Confirm ${name}'s booking` })
  await dialog.getByRole('button', { name: 'Confirm booking', exact: true }).click()
  await expect(dialog).toBeHidden()
}

/** Closes every toast ("Dismiss: …"); one may close by itself meanwhile (its time is up). */
export async function dismissToasts(page: Page): Promise<void> {
  const dismiss = page.getByRole('button', { name: /^Dismiss: / })
  for (let tries = 0; tries < 10 && (await dismiss.count()) > 0; tries++)
    await dismiss
      .first()
      .click({ timeout: 5_000 })
      .catch(() => undefined)
  await expect(dismiss).toHaveCount(0)
}
