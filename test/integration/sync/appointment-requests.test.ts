// Time is pinned here: the demo site's clock is pinned by the harness; nothing reads the machine's date or zone.
import { describe, expect, it } from 'vitest'
import { awaitsCalendarEvent } from '@shared/domain/booking-lifecycle'
import { daySessions } from '../../../renderer/src/queries/roster-view'
import { openSyncHarness } from './sync-harness'
import { serverWindowBookings } from './store-comparison'

/**
 * An appointment request (issue 19 case 2) has no session until Wix confirms it (§8 C4): confirmed at the desk,
 * Wix puts it on the staff member's calendar and names the new session on the booking. The desk follows at the
 * next sync — on a day whose sessions an incremental pull does not re-read too — so the person is on that
 * session's roster, never lost between "a request" and "a session".
 */
const harness = await openSyncHarness()
const { demo } = harness
const nowMs = () => Date.parse(demo.now())

describe('an appointment request confirmed at the desk', () => {
  it('lands on the new session Wix makes for it, on a later day, after one incremental sync', async () => {
    const { db, engine } = await harness.freshDesk()
    // A request on a later day of the window (its sessions are not re-read by an incremental pull).
    const request = serverWindowBookings(demo.state(), nowMs()).find(
      (b) =>
        b.status === 'PENDING' &&
        awaitsCalendarEvent(b) &&
        !b.multiServiceBookingInfo &&
        Date.parse(b.startDate) > nowMs() + 24 * 3_600_000,
    )
    if (!request) throw new Error('the demo site has no appointment request on a later day')
    const stored = await db.bookings.get(request.id)
    expect(stored?.eventId).toBeNull()
    const day = stored!.day

    await engine.actions.confirm(request.id)
    // Past the undo window (the demo site's clock and the engine's agree), then one sync.
    demo.advanceClock(15_000)
    await engine.syncNow()

    const confirmed = demo.state().bookings.find((b) => b.id === request.id)
    const eventId = confirmed?.bookedEntity.slot?.eventId
    expect(confirmed?.status).toBe('CONFIRMED')
    expect(eventId).toBeTruthy()
    expect((await db.bookings.get(request.id))?.eventId).toBe(eventId)
    expect(await db.events.get(eventId!)).toBeDefined()
    const sessions = await daySessions(db, day, harness.timeZone)
    const session = sessions.find((s) => s.id === eventId)
    expect(session?.counts.booked).toBe(request.totalParticipants ?? 1)
    await engine.stop()
  })
})
