import { act, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { personName } from '../../../../renderer/src/db/booking-rows'
import type { BookingRow } from '../../../../renderer/src/db/rows'
import { sessionLine } from '../../../../renderer/src/features/decisions/session-line'
import { sessionFacts } from '../../../../renderer/src/queries/session-facts'
import { useDeskUi } from '../../../../renderer/src/state/desk-ui'
import { openDeskHarness, type Desk } from '../../desk/desk-harness'

/**
 * "Cancel booking" on a person's card (issue 21), by role and name: per booking Wix can cancel, named with its
 * session; for one part of a multi-service visit "Cancel the whole visit", which the dialog says and the
 * queued cancel carries. The demo clock is pinned (Tuesday 2026-03-10, 10:20 in Chicago: desk-harness.tsx).
 */
const harness = await openDeskHarness()

const cardOf = (name: string) => screen.findByRole('dialog', { name })

/** The first stored booking that fits, with its name and its session line as the card shows it. */
async function stored(desk: Desk, fits: (row: BookingRow) => boolean) {
  const rows = (await desk.db.bookings.toArray())
    .filter(
      (row) => row.eventId && row.server && row.startUtc > new Date(harness.now()).toISOString() && fits(row),
    )
    .sort((a, b) => a.startUtc.localeCompare(b.startUtc) || a.id.localeCompare(b.id))
  for (const row of rows) {
    const event = await desk.db.events.get(row.eventId!)
    if (event)
      return { row, name: personName(row.contact), line: sessionLine(sessionFacts(event, harness.timeZone)) }
  }
  throw new Error('no stored booking fits this test')
}

describe("cancel from a person's card", { timeout: 30_000 }, () => {
  it('offers "Cancel booking" on a booked place, asks first, and records the cancel', async () => {
    const desk = await harness.freshDesk()
    const { row, name, line } = await stored(
      desk,
      (r) => r.status === 'CONFIRMED' && !r.server?.booking.multiServiceBookingInfo,
    )
    harness.renderDesk(desk)
    act(() => useDeskUi.getState().openPerson(row.id))
    const card = await cardOf(name)
    await userEvent.click(
      await within(card).findByRole('button', { name: `Cancel booking for ${name}, ${line}` }),
    )
    const dialog = await screen.findByRole('dialog', { name: `Cancel ${name}'s booking` })
    within(dialog).getByText(line)
    within(dialog).getByRole('switch', { name: 'Notify the customer' })
    await userEvent.click(within(dialog).getByRole('button', { name: /^Cancel (booking|anyway)$/ }))
    await waitFor(async () =>
      expect(await desk.db.outbox.toArray()).toEqual([
        expect.objectContaining({ intent: 'cancel', bookingId: row.id, state: 'queued' }),
      ]),
    )
    expect((await desk.db.bookings.get(row.id))?.status).toBe('CANCELED')
    // A canceled booking offers no cancel.
    await waitFor(() =>
      expect(within(card).queryByRole('button', { name: `Cancel booking for ${name}, ${line}` })).toBeNull(),
    )
  })

  it('says "Cancel the whole visit" for a part of a multi-service visit, and cancels the visit as one', async () => {
    const desk = await harness.freshDesk()
    const { row, name, line } = await stored(
      desk,
      (r) => r.status === 'CONFIRMED' && Boolean(r.server?.booking.multiServiceBookingInfo),
    )
    harness.renderDesk(desk)
    act(() => useDeskUi.getState().openPerson(row.id))
    const card = await cardOf(name)
    await userEvent.click(
      await within(card).findByRole('button', { name: `Cancel the whole visit for ${name}, ${line}` }),
    )
    const dialog = await screen.findByRole('dialog', { name: `Cancel ${name}'s whole visit` })
    within(dialog).getByText(/one part of a multi-service visit: Wix cancels a visit only as a whole/)
    within(dialog).getByRole('button', { name: 'Keep the visit' })
    await userEvent.click(
      within(dialog).getByRole('button', { name: /^(Cancel the whole visit|Cancel anyway)$/ }),
    )
    await waitFor(async () =>
      expect((await desk.db.outbox.toArray())[0]?.args).toMatchObject({
        visit: { visitId: row.server?.booking.multiServiceBookingInfo?.id },
      }),
    )
  })

  it('offers no cancel on a booking Wix no longer takes a cancel for', async () => {
    const desk = await harness.freshDesk()
    const { row, name, line } = await stored(desk, (r) => r.status === 'DECLINED' || r.status === 'CANCELED')
    harness.renderDesk(desk)
    act(() => useDeskUi.getState().openPerson(row.id))
    const card = await cardOf(name)
    await within(card).findByText(line)
    expect(
      within(card).queryByRole('button', { name: new RegExp(`^Cancel .* for ${name}, ${line}`) }),
    ).toBeNull()
  })
})
