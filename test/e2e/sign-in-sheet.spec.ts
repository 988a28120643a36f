import { writeFile } from 'node:fs/promises'
import { screens } from './support/desk-page'
import { test, expect } from './support/fixtures'
import { clockPattern, escapeRegExp } from './support/patterns'
import { personName, readSite } from './support/site-facts'

/**
 * The day's sign-in sheet on paper: the backup a studio keeps for when the computer dies. Opened from Today,
 * read from the local store, printed by Chromium to PDF (`page.pdf`, the print stylesheet applied).
 *
 * No PDF text library is installed, so the rows are checked in the page as it prints (print media emulated:
 * what the PDF is made from) and the PDF itself for being one: `%PDF-`, and a page per session at least
 * (each session starts a new page).
 */
test("The day's sign-in sheet prints to PDF: every session on its own page, its people listed, no app around it", async ({
  page,
  demoDesk,
}, testInfo) => {
  // The demo site's clock is pinned to MORNING (Tuesday 10 March 2026, 9:30 in Chicago: fixtures.ts).
  const facts = await readSite(demoDesk.demo)
  const sessions = facts.sessionsOn(facts.today)
  const withPeople = sessions.filter(
    (e) =>
      facts.bookingsOf(e.id).filter((b) => b.status === 'CONFIRMED' && facts.nameable(e.id, b)).length >= 3,
  )
  expect(withPeople.length).toBeGreaterThanOrEqual(2)

  await demoDesk.open(page)
  await page.getByRole('link', { name: 'Sign-in sheet', exact: true }).click()
  await expect(
    page.getByRole('heading', { level: 2, name: 'Sign-in sheet: Tuesday, March 10, 2026' }),
  ).toBeVisible()
  const about = page.getByRole('list', { name: 'About this sheet' })
  await expect(about).toContainText('Tuesday, March 10, 2026')
  await expect(about).toContainText(/Last synced with Wix Tue, Mar 10, \d{1,2}:\d{2}\sAM/)

  const tables = page.getByRole('table')
  // Every session of the day the site has on its calendar (the desk also shows canceled ones and requests).
  await expect.poll(() => tables.count()).toBeGreaterThanOrEqual(sessions.length)
  const tableCount = await tables.count()
  await page.screenshot({ path: testInfo.outputPath('sign-in-sheet.png') })

  // As it prints: no header, no screens, no buttons; the sheet and its tables stay.
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('banner')).toBeHidden()
  await expect(screens(page)).toBeHidden()
  await expect(page.getByRole('button', { name: 'Print sheet' })).toBeHidden()
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeHidden()
  await expect(page.getByRole('heading', { level: 2, name: /^Sign-in sheet: / })).toBeVisible()

  // The sessions with people: each table named by its time and service lists every booked person.
  for (const event of withPeople.slice(0, 3)) {
    const table = page.getByRole('table', {
      name: new RegExp(`^${clockPattern(event.startMs, facts.timeZone)} – .* · ${escapeRegExp(event.title)}`),
    })
    await expect(table).toBeVisible()
    const names = facts
      .bookingsOf(event.id)
      .filter((b) => b.status === 'CONFIRMED' && facts.nameable(event.id, b))
      .map(personName)
    for (const name of names) await expect(table.getByRole('rowheader', { name, exact: true })).toBeVisible()
    // Nobody canceled is on it.
    for (const gone of facts
      .bookingsOf(event.id)
      .filter((b) => b.status === 'CANCELED' && facts.nameable(event.id, b)))
      await expect(table.getByRole('rowheader', { name: personName(gone), exact: true })).toHaveCount(0)
    await expect(table.getByRole('columnheader', { name: 'Signature' })).toBeVisible()
  }

  // Each session after the first starts a new page.
  const breaks = await tables.evaluateAll((all) =>
    all.map((table) => getComputedStyle(table.closest('section') ?? table).breakBefore),
  )
  expect(breaks[0]).not.toBe('page')
  expect(breaks.slice(1).every((b) => b === 'page')).toBe(true)

  await page.screenshot({ path: testInfo.outputPath('sign-in-sheet-print.png'), fullPage: true })
  const pdf = await page.pdf({
    format: 'Letter',
    margin: { top: '0.5in', bottom: '0.5in', left: '0.5in', right: '0.5in' },
  })
  await writeFile(testInfo.outputPath('sign-in-sheet.pdf'), pdf)
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)\b/g)?.length ?? 0
  expect(pages).toBeGreaterThanOrEqual(tableCount)
  expect(pdf.length).toBeGreaterThan(10_000)
})
