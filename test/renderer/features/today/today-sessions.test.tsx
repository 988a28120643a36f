import { act, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { addDays, businessDayOf, formatBusinessDay } from '@shared/domain/business-day'
import { paths } from '../../../../renderer/src/frame/routes'
import { RollcallDb } from '../../../../renderer/src/db/schema'
import { staffLabel } from '../../../../renderer/src/state/preferences'
import { createSyncEngine } from '../../../../renderer/src/sync/engine'
import { inProcessLocks } from '../../../../renderer/src/sync/sync-lock'
import { NOW } from '../../../demo-site/demo-site-client'
import { gatewayOver } from '../../../integration/sync/demo-gateway'
import { openDeskHarness } from '../../desk/desk-harness'
import { serverDay, type ServerSession } from './server-truth'
import { accessibleName, linkedSessionId, startsWithTitleAndTime, todayScreen } from './today-screen'

const harness = await openDeskHarness()
const today = () => businessDayOf(new Date(harness.now()), harness.timeZone)

const stores: RollcallDb[] = []
afterAll(() => stores.forEach((db) => db.close()))
// One test moves the demo clock: the others, and the next re-seed, start from the harness's fixed "now".
afterEach(() => void harness.demo.setNow(NOW))

function byId(sessions: ServerSession[]): Map<string, ServerSession> {
  return new Map(sessions.map((s) => [s.id, s]))
}

describe('the Today screen', () => {
  it('shows today and its sessions in time order, with the counts the site holds', async () => {
    const desk = await harness.freshDesk()
    // Make every kind of count show up today: a request waiting for approval and someone on a waitlist.
    const data = harness.demo.state()
    const before = serverDay(data, today())
    const serviceOf = (eventId: string) =>
      data.services.find((s) => s.id === data.events.find((e) => e.id === eventId)?.serviceId)
    const needsApproval = before.find(
      (s) => !s.canceled && s.booked < s.capacity && serviceOf(s.id)?.requireManualApproval,
    )
    const someClass = before.find((s) => !s.canceled && serviceOf(s.id)?.kind === 'CLASS')
    expect(needsApproval).toBeDefined()
    expect(someClass).toBeDefined()
    harness.demo.world.customerBooks({ eventId: needsApproval!.id })
    harness.demo.world.customerJoinsWaitlist({ eventId: someClass!.id })
    await desk.engine.syncNow()

    harness.renderDesk(desk, { path: paths.today })
    const expected = serverDay(harness.demo.state(), today())
    expect(expected.some((s) => s.pending > 0)).toBe(true)
    expect(expected.some((s) => s.waitlist > 0)).toBe(true)
    expect(expected.some((s) => s.checkedIn > 0)).toBe(true)

    expect(todayScreen.heading().textContent).toBe(`Today, ${formatBusinessDay(today())}`)
    expect(todayScreen.heading().textContent).toMatch(/^Today, \w+day, \w+ \d+$/)
    await waitFor(() => expect(todayScreen.links()).toHaveLength(expected.length))

    const truth = byId(expected)
    const shown = todayScreen.links().map((link) => {
      const session = truth.get(linkedSessionId(link))
      expect(session, `a session the site has today: ${link.getAttribute('href')}`).toBeDefined()
      return { link, session: session! }
    })
    expect(new Set(shown.map((row) => row.session.id)).size).toBe(expected.length)
    const starts = shown.map((row) => row.session.startMs)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))

    for (const { link, session } of shown) {
      const name = accessibleName(link)
      expect(name.startsWith(`${session.title}, ${session.time}`), name).toBe(true)
      expect(name).toContain(`, ${session.staff}, `)
      expect(name).toContain(`, ${session.location}, `)
      expect(name).toContain(`, ${session.booked} of ${session.capacity} booked`)
      expect(name).toContain(`, ${session.checkedIn} checked in`)
      expect(name.includes(`${session.waitlist} on waitlist`)).toBe(session.waitlist > 0)
      expect(name.includes(`${session.pending} pending`)).toBe(session.pending > 0)
      expect(name.includes(', full')).toBe(session.full !== null)
      if (session.full) expect(name).toContain(`, ${session.full.toLowerCase()}, `)
      // What is seen says the same.
      const seen = within(link)
      seen.getByText(`${session.booked} / ${session.capacity}`)
      seen.getByText(session.title)
      if (session.pending)
        expect(seen.getByText('pending').previousSibling?.textContent).toBe(String(session.pending))
      if (session.full) seen.getByText(session.full)
    }
  })

  it('marks the session in progress “Now” and the one after it “Next”, only on today', async () => {
    const desk = await harness.freshDesk()
    const sessions = serverDay(harness.demo.state(), today()).filter((s) => !s.canceled)
    const first = sessions[0]!
    // Five minutes into the day's first session.
    const at = first.startMs + 5 * 60_000
    harness.demo.setNow(at)
    harness.renderDesk(desk)
    await waitFor(() => expect(todayScreen.links()).toHaveLength(sessions.length))

    const running = sessions.filter((s) => s.startMs <= at && at < s.endMs).map((s) => s.id)
    const nextStart = Math.min(...sessions.filter((s) => s.startMs > at).map((s) => s.startMs))
    const next = sessions.filter((s) => s.startMs === nextStart).map((s) => s.id)
    expect(running).toContain(first.id)
    for (const link of todayScreen.links()) {
      const id = linkedSessionId(link)
      expect(accessibleName(link).includes(', in progress'), id).toBe(running.includes(id))
      expect(accessibleName(link).includes(', up next'), id).toBe(next.includes(id))
      expect(within(link).queryByText('Now') !== null).toBe(running.includes(id))
      expect(within(link).queryByText('Next') !== null).toBe(next.includes(id))
    }

    // Another day: nothing is "now" there.
    await userEvent.click(todayScreen.button('Next day'))
    const tomorrow = serverDay(harness.demo.state(), addDays(today(), 1))
    await waitFor(() => expect(todayScreen.links()).toHaveLength(tomorrow.length))
    for (const link of todayScreen.links()) {
      expect(accessibleName(link)).not.toMatch(/in progress|up next/)
      expect(within(link).queryByText(/^(Now|Next)$/)).toBeNull()
    }
  })

  it('marks a session canceled in the store and passes over it for “Next”', async () => {
    const desk = await harness.freshDesk()
    harness.renderDesk(desk)
    const nowMs = harness.now()
    const later = serverDay(harness.demo.state(), today()).filter((s) => !s.canceled && s.startMs > nowMs)
    expect(later.length).toBeGreaterThan(1)
    const [next, after] = later as [ServerSession, ServerSession]
    expect(after.startMs).toBeGreaterThan(next.startMs)
    const link = await screen.findByRole('link', { name: startsWithTitleAndTime(next.title, next.time) })
    expect(linkedSessionId(link)).toBe(next.id)
    expect(accessibleName(link)).toContain(', up next')

    const row = await desk.db.events.get(next.id)
    await desk.db.events.update(next.id, { server: { ...row!.server, status: 'CANCELLED' } })

    await waitFor(() => expect(accessibleName(link)).toContain(', canceled'))
    expect(accessibleName(link)).not.toContain('up next')
    within(link).getByText('Canceled')
    const nowNext = todayScreen.links().filter((l) => accessibleName(l).includes(', up next'))
    expect(nowNext.map(linkedSessionId)).toContain(after.id)
  })

  it('says “Loading the schedule…” until the first sync brings the day in', async () => {
    await harness.freshDesk()
    const db = new RollcallDb(`today-first-sync-${process.pid}`)
    stores.push(db)
    const engine = createSyncEngine({
      db,
      gateway: gatewayOver(harness.demo),
      timeZone: () => harness.timeZone,
      staff: staffLabel,
      now: harness.now,
      locks: inProcessLocks(),
    })
    harness.renderDesk({ db, engine })
    await screen.findByText('Loading the schedule…')
    expect(screen.queryByRole('list', { name: 'Sessions' })).toBeNull()
    expect(screen.queryByText('No sessions on this day')).toBeNull()

    await act(() => engine.syncNow())
    const expected = serverDay(harness.demo.state(), today())
    await waitFor(() => expect(todayScreen.links()).toHaveLength(expected.length))
    expect(screen.queryByText('Loading the schedule…')).toBeNull()
  })

  it('says “No sessions on this day”, and why for a day beyond the days kept here', async () => {
    const desk = await harness.freshDesk()
    const tomorrow = addDays(today(), 1)
    await desk.db.events.where('day').equals(tomorrow).delete()
    harness.renderDesk(desk, { path: paths.day(tomorrow) })
    await screen.findByText('No sessions on this day')
    expect(screen.queryByText(/This computer keeps the days/)).toBeNull()
    expect(screen.queryByRole('list', { name: 'Sessions' })).toBeNull()
    expect(screen.queryByRole('combobox', { name: 'Staff' })).toBeNull()

    const farAway = addDays(today(), 60)
    expect(serverDay(harness.demo.state(), farAway)).toHaveLength(0)
    act(() => {
      window.location.hash = paths.day(farAway)
    })
    await screen.findByRole('heading', { level: 2, name: formatBusinessDay(farAway) })
    await screen.findByText('No sessions on this day')
    expect(screen.getByText(/This computer keeps the days from/).textContent).toContain(
      formatBusinessDay(addDays(today(), 7)),
    )
  })
})
