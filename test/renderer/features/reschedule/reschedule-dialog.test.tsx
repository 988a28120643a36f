import { render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { TIME_ZONE } from '../../db/fixtures'
import { danaOn, fakeWix, MONDAY_8AM, monday9, newDb, thursday6pm, vinyasaAt } from '../../sync/fake-wix'
import { DatabaseProvider } from '../../../../renderer/src/db/DatabaseProvider'
import type { RollcallDb } from '../../../../renderer/src/db/schema'
import { ClockProvider } from '../../../../renderer/src/frame/clock'
import { useShellStore } from '../../../../renderer/src/frame/shell-store'
import { RescheduleButton } from '../../../../renderer/src/features/reschedule/RescheduleDialog'
import { createSyncEngine, type SyncEngine } from '../../../../renderer/src/sync/engine'
import { ProvideSyncEngine } from '../../../../renderer/src/sync/SyncEngineProvider'
import { storeServerBookings, storeServerEvents } from '../../../../renderer/src/sync/server-copies'
import { inProcessLocks } from '../../../../renderer/src/sync/sync-lock'

/**
 * The Reschedule dialog (issue 19 case 3), by role and name: "Move" on a booked row lists the same class's
 * other sessions with room, chosen by keyboard or mouse; the move shows on the new session at once. The
 * store is seeded from the fixtures; the engine is not started (nothing is sent). Clock pinned: Monday
 * 23 November 2026, 8:00 AM (Chicago).
 */

const full = () =>
  vinyasaAt('evt-vinyasa-1124', '2026-11-24T18:00:00', '2026-11-25T00:00:00.000Z', { remainingCapacity: 1 })
const friday = () => vinyasaAt('evt-vinyasa-1127', '2026-11-27T18:00:00', '2026-11-28T00:00:00.000Z')
const spin = () =>
  vinyasaAt('evt-spin-1126', '2026-11-26T18:00:00', '2026-11-27T00:00:00.000Z', {
    externalScheduleId: 'svc-spin',
    title: 'Rhythm Spin',
  })

let db: RollcallDb
let engine: SyncEngine
afterEach(async () => {
  await engine.stop()
  await db.delete()
})

async function renderMove(booking = danaOn(monday9())) {
  const wix = fakeWix({ bookings: [booking], events: [monday9(), full(), thursday6pm(), friday(), spin()] })
  db = newDb('reschedule-dialog')
  await storeServerEvents(db, [...wix.events.values()], [])
  await storeServerBookings(db, [{ extended: booking, withAttendance: true }], TIME_ZONE)
  engine = createSyncEngine({
    db,
    gateway: wix.gateway,
    timeZone: () => TIME_ZONE,
    staff: () => 'Front desk',
    now: () => MONDAY_8AM,
    locks: inProcessLocks(),
  })
  useShellStore.setState({
    site: {
      mode: 'demo',
      siteId: 'site',
      businessName: 'Juniper Street Studio',
      timeZone: TIME_ZONE,
      apiBaseUrl: 'http://127.0.0.1',
      problem: null,
      storeKey: 'test',
      keyId: 'test-key',
    },
  })
  const row = (await db.bookings.get(booking.booking.id))!
  render(
    <ClockProvider now={() => MONDAY_8AM}>
      <ProvideSyncEngine engine={engine}>
        <DatabaseProvider db={db}>
          <RescheduleButton booking={row} name="Dana Lee" ready />
        </DatabaseProvider>
      </ProvideSyncEngine>
    </ClockProvider>,
  )
}

describe('the Reschedule dialog', () => {
  it('lists the same class’s other sessions with room, and moves Dana by keyboard', async () => {
    await renderMove()
    await userEvent.click(screen.getByRole('button', { name: 'Move Dana Lee to another session' }))
    const dialog = await screen.findByRole('dialog', { name: 'Move Dana Lee to another session' })
    const group = await within(dialog).findByRole('radiogroup', { name: 'Sessions of this class with room' })
    // Not the session Dana is on, not the full Tuesday (a party of 2, 1 place left), not another class.
    expect(
      within(group)
        .getAllByRole('radio')
        .map((radio) => radio.closest('label')?.textContent),
    ).toEqual([
      'Thu 6:00 PM · Vinyasa Flow with Maya Chen · 4 places left',
      'Fri 6:00 PM · Vinyasa Flow with Maya Chen · 4 places left',
    ])
    const thursday = within(group).getByRole<HTMLInputElement>('radio', { name: /^Thu 6:00 PM/ })
    expect(thursday.checked).toBe(true)
    await userEvent.click(thursday)
    await userEvent.keyboard('{ArrowDown}')
    expect(within(group).getByRole<HTMLInputElement>('radio', { name: /^Fri 6:00 PM/ }).checked).toBe(true)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Move' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(await db.bookings.get('bkg-dana-flow')).toMatchObject({
      eventId: 'evt-vinyasa-1127',
      day: '2026-11-27',
      pendingIntents: 1,
    })
  })

  it('closes with Cancel and records nothing', async () => {
    await renderMove()
    await userEvent.click(screen.getByRole('button', { name: 'Move Dana Lee to another session' }))
    const dialog = await screen.findByRole('dialog', { name: 'Move Dana Lee to another session' })
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(await db.outbox.count()).toBe(0)
  })

  it('is not offered on one part of a multi-service visit', async () => {
    await renderMove(
      danaOn(monday9(), { multiServiceBookingInfo: { id: 'visit-1', type: 'SEQUENTIAL_BOOKINGS' } }),
    )
    expect(screen.queryByRole('button', { name: 'Move Dana Lee to another session' })).toBeNull()
  })
})
