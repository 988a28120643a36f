import { screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { personName } from '../../../../renderer/src/db/booking-rows'
import type { BookingRow } from '../../../../renderer/src/db/rows'
import type { RollcallDb } from '../../../../renderer/src/db/schema'
import { visitIdOf } from '../../../../renderer/src/queries/visits'
import { openDeskHarness } from '../../desk/desk-harness'

const harness = await openDeskHarness()

function requests(): HTMLElement[] {
  return within(screen.getByRole('list', { name: 'Pending requests' })).getAllByRole('listitem')
}

/** How many requests the whole list holds (a virtual list: only the rows in view are in the DOM). */
const listSize = () => Number(requests()[0]?.getAttribute('aria-setsize'))

/**
 * A multi-service visit the demo site seeds as a request (issue 19 case 4), its parts by start, moved to the
 * head of the inbox: its requests made before any other in the store, so its row is the first in view.
 */
async function visitRequestFirst(db: RollcallDb): Promise<BookingRow[]> {
  const pending = await db.bookings.where('status').equals('PENDING').sortBy('createdDate')
  const byVisit = new Map<string, BookingRow[]>()
  for (const booking of pending) {
    const visit = visitIdOf(booking)
    if (visit) byVisit.set(visit, [...(byVisit.get(visit) ?? []), booking])
  }
  const parts = [...byVisit.values()].find((p) => p.length === 2)
  if (!parts || !pending[0]) throw new Error('the demo site seeds no pending visit of two bookings')
  // Pinned: a minute before the oldest request in the store (the demo site's own, pinned, dates).
  const createdDate = new Date(Date.parse(pending[0].createdDate) - 60_000).toISOString()
  await db.bookings.bulkPut(parts.map((part) => ({ ...part, createdDate })))
  return parts.sort((a, b) => a.startUtc.localeCompare(b.startUtc))
}

/** Issue 19 case 4 at the inbox: a visit is decided as one, through the visit path (sync/visit-scope.ts). */
describe('a multi-service visit in the pending inbox', { timeout: 20_000 }, () => {
  it('confirms the whole visit from its one row: one queued change naming both parts, and Wix confirms both', async () => {
    const desk = await harness.freshDesk()
    const [first, second] = await visitRequestFirst(desk.db)
    const name = personName(first!.contact)
    harness.renderDesk(desk, { path: '/pending' })
    await screen.findByRole('list', { name: 'Pending requests' })
    const before = listSize()
    const row = requests()[0]!
    within(row).getByText(/^Visit of 2:/)
    await userEvent.click(within(row).getByRole('button', { name: `Confirm booking for ${name}` }))
    const dialog = await screen.findByRole('dialog', { name: `Confirm ${name}'s booking` })
    within(dialog).getByText(/^Visit: .+ then .+ · /)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm booking' }))
    await screen.findByText(`Confirmed ${name} (whole visit, 2 bookings)`)

    // One entry for the visit, not one per part.
    const outbox = await desk.db.outbox.toArray()
    expect(outbox).toHaveLength(1)
    expect(outbox[0]).toMatchObject({ intent: 'confirm', bookingId: first!.id })
    const visit = outbox[0]?.intent === 'confirm' ? outbox[0].args.visit : undefined
    expect(visit?.visitId).toBe(visitIdOf(first!))
    expect([...(visit?.bookingIds ?? [])].sort()).toEqual([first!.id, second!.id].sort())
    // The visit leaves the inbox as one item, and both parts show confirmed at once.
    await waitFor(() => expect(listSize()).toBe(before - 1))
    for (const part of [first!, second!])
      expect((await desk.db.bookings.get(part.id))?.status).toBe('CONFIRMED')

    harness.demo.advanceClock(10_000)
    await desk.engine.pushNow()
    for (const part of [first!, second!])
      expect(harness.demo.state().bookings.find((b) => b.id === part.id)?.status).toBe('CONFIRMED')
  })

  it('declines the whole visit from its one row the same way', async () => {
    const desk = await harness.freshDesk()
    const [first, second] = await visitRequestFirst(desk.db)
    const name = personName(first!.contact)
    harness.renderDesk(desk, { path: '/pending' })
    await screen.findByRole('list', { name: 'Pending requests' })
    await userEvent.click(within(requests()[0]!).getByRole('button', { name: `Decline booking for ${name}` }))
    const dialog = await screen.findByRole('dialog', { name: `Decline ${name}'s booking` })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Decline booking' }))
    await screen.findByText(`Declined ${name} (whole visit, 2 bookings)`)
    const outbox = await desk.db.outbox.toArray()
    expect(outbox).toHaveLength(1)
    expect(outbox[0]).toMatchObject({
      intent: 'decline',
      bookingId: first!.id,
      args: { visit: { visitId: visitIdOf(first!) } },
    })
    const visit = outbox[0]?.intent === 'decline' ? outbox[0].args.visit : undefined
    expect([...(visit?.bookingIds ?? [])].sort()).toEqual([first!.id, second!.id].sort())
  })
})
