import { screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { businessDayOf } from '@shared/domain/business-day'
import { paths } from '../../../../renderer/src/frame/routes'
import { openDeskHarness } from '../../desk/desk-harness'
import { appointmentRequest, rowOf } from '../../db/lifecycle-fixtures'
import { serverRequests } from './server-truth'
import { accessibleName, normalized, scrollToLink, todayScreen } from './today-screen'

const harness = await openDeskHarness()

/** Jo Park's request row (the seed has appointment requests of its own on the day, issue 19). */
const isJos = (link: HTMLElement) =>
  link.getAttribute('href') === '#/pending' && accessibleName(link).includes('Jo Park')

/**
 * Issue 19 case 2: an appointment request Wix has not put on the calendar (no eventId until confirmed) is on
 * Today at its time with its staff member, and in the Pending inbox. The demo clock is pinned (Tuesday
 * 2026-03-10, 10:20 in Chicago); the request is at 2:00 PM that day.
 */
describe('appointment requests without a session', { timeout: 30_000 }, () => {
  it('shows a row on its day, in time order among the sessions, counted among the pending', async () => {
    const desk = await harness.freshDesk()
    expect(businessDayOf(new Date(harness.now()), harness.timeZone)).toBe('2026-03-10')
    await desk.db.bookings.put(rowOf(appointmentRequest({ totalParticipants: 2 }), harness.timeZone))
    harness.renderDesk(desk, { path: paths.today })
    const seeded = serverRequests(harness.demo.state(), '2026-03-10')
    const sessions = await desk.db.events.where('day').equals('2026-03-10').count()
    await waitFor(() => expect(todayScreen.rowCount()).toBe(sessions + seeded.length + 1))
    const row = scrollToLink(isJos)
    const name = normalized(accessibleName(row))
    expect(name).toMatch(
      /^2:00 PM, Sports Massage, Request, with Ana Ruiz, Jo Park, Party of 2, an appointment request, opens Pending requests$/,
    )
    within(row).getByText('Request')
    within(row).getByText(/with Ana Ruiz/)

    // Among the sessions by time: after every session starting at 2:00 PM or before and every request before,
    // ahead of the later ones (a request of the seed at the same time may come either side of it).
    const at = Date.parse('2026-03-10T19:00:00.000Z')
    const sessionsBefore = (await desk.db.events.where('day').equals('2026-03-10').toArray()).filter(
      (e) => Date.parse(e.startUtc) <= at,
    ).length
    const requestsBefore = seeded.filter((b) => Date.parse(b.startDate) < at).length
    const requestsAtSameTime = seeded.filter((b) => Date.parse(b.startDate) === at).length
    const index = Number(row.closest('[role="listitem"]')?.getAttribute('aria-posinset')) - 1
    expect(index).toBeGreaterThanOrEqual(sessionsBefore + requestsBefore)
    expect(index).toBeLessThanOrEqual(sessionsBefore + requestsBefore + requestsAtSameTime)

    // The day's pending count includes the request's people.
    expect(screen.getByText(/ sessions · /).textContent).toMatch(/ pending/)

    await userEvent.click(row)
    expect(window.location.hash).toBe('#/pending')
    const inbox = await screen.findByRole('list', { name: 'Pending requests' })
    await waitFor(() =>
      within(inbox).getByText(
        (_, el) =>
          el?.classList.contains('request__appointment') === true &&
          normalized(el.textContent ?? '').includes(
            'Sports Massage, Tuesday, March 10, 2:00 PM, with Ana Ruiz',
          ),
      ),
    )
    within(inbox).getByRole('button', { name: 'Confirm booking for Jo Park' })
  })

  it('is filtered by its staff member like the sessions', async () => {
    const desk = await harness.freshDesk()
    await desk.db.bookings.put(rowOf(appointmentRequest(), harness.timeZone))
    harness.renderDesk(desk, { path: paths.today })
    await waitFor(() => expect(todayScreen.list()).toBeDefined())
    scrollToLink(isJos)
    const staff = screen.getByRole('combobox', { name: /staff/i })
    await userEvent.selectOptions(staff, 'Ana Ruiz')
    // Ana Ruiz works no session that day and asked for in no other request: Jo's row alone is left.
    await waitFor(() => expect(todayScreen.requestLinks()).toHaveLength(1))
    expect(todayScreen.rowCount()).toBe(1)
    expect(isJos(todayScreen.requestLinks()[0]!)).toBe(true)
    for (const link of todayScreen.links()) expect(accessibleName(link)).toContain('Ana Ruiz')
  })
})
