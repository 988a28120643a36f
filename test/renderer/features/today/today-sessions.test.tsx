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
import {
  pendingSaid,
  serverDay,
  serverRequests,
  waitlistOnTodayRow,
  type ServerSession,
} from './server-truth'
import {
  accessibleName,
  linkedSessionId,
  readWholeList,
  startsWithTimeAndTitle,
  todayScreen,
  wholeListSessionIds,
} from './today-screen'

const harness = await openDeskHarness()
const today = () => businessDayOf(new Date(harness.now()), harness.timeZone)

const stores: RollcallDb[] = []
afterAll(() => stores.forEach((db) => db.close()))
// One test moves the demo clock: the others, and the next re-seed, start from the harness's fixed "now".
afterEach(() => void harness.demo.setNow(NOW))

function byId(sessions: ServerSession[]): Map<string, ServerSession> {
  return new Map(sessions.map((s) => [s.id, s]))
}

/**
 * Waits for the list to hold the day's rows as the site has them (its sessions, and its appointment requests
 * without a session, rows of their own since issue 19), then returns the session ids of the whole list (a
 * virtual list: read by scrolling it through).
 */
async function shownDay(day: string): Promise<string[]> {
  const data = harness.demo.state()
  const rows = serverDay(data, day).length + serverRequests(data, day).length
  await waitFor(() => expect(todayScreen.rowCount()).toBe(rows))
  return wholeListSessionIds()
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
    expect(await shownDay(today())).toHaveLength(expected.length)

    const truth = byId(expected)
    // Each session row is checked while it is in the DOM (the list is read by scrolling it through).
    const shown = readWholeList((link) => {
      if (!link.getAttribute('href')?.startsWith('#/session/')) return null
      const session = truth.get(linkedSessionId(link))
      expect(session, `a session the site has today: ${link.getAttribute('href')}`).toBeDefined()
      checkRow(link, session!)
      return session!
    }).filter((session) => session !== null)
    expect(new Set(shown.map((session) => session.id)).size).toBe(expected.length)
    const starts = shown.map((session) => session.startMs)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))

    function checkRow(link: HTMLElement, session: ServerSession) {
      const name = accessibleName(link)
      // The name reads what the row shows, in the order shown: times, title, details, then the numbers.
      expect(name.startsWith(`${session.time.replace(' – ', ' to ')}, ${session.title}, `), name).toBe(true)
      expect(name).toContain(`, ${session.staff}, `)
      expect(name).toContain(`, ${session.location}, `)
      // "Full" (or "Full on Wix") takes the place of "booked" under the figure, and in the name.
      expect(name).toContain(`, ${session.booked} of ${session.capacity} ${session.full ?? 'booked'}, `)
      expect(name).toContain(`, ${session.checkedIn} checked in`)
      expect(name.includes(waitlistOnTodayRow(session))).toBe(session.waitlist > 0)
      expect(name.includes(pendingSaid(session))).toBe(session.pending > 0)
      // What is seen says the same.
      const seen = within(link)
      seen.getByText(`${session.booked} of ${session.capacity}`)
      seen.getByText(session.title)
      if (session.pending)
        expect(seen.getByText('pending').parentElement?.textContent).toBe(`${session.pendingPeople} pending`)
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
    expect(await shownDay(today())).toHaveLength(sessions.length)

    const running = sessions.filter((s) => s.startMs <= at && at < s.endMs).map((s) => s.id)
    const nextStart = Math.min(...sessions.filter((s) => s.startMs > at).map((s) => s.startMs))
    const next = sessions.filter((s) => s.startMs === nextStart).map((s) => s.id)
    expect(running).toContain(first.id)
    // Every row, read by scrolling the list through; an appointment request's row is neither.
    readWholeList((link) => {
      const id = link.getAttribute('href')?.startsWith('#/session/')
        ? linkedSessionId(link)
        : (link.getAttribute('href') ?? '')
      expect(accessibleName(link).includes(', Now, '), id).toBe(running.includes(id))
      expect(accessibleName(link).includes(', Next, '), id).toBe(next.includes(id))
      expect(within(link).queryByText('Now') !== null).toBe(running.includes(id))
      expect(within(link).queryByText('Next') !== null).toBe(next.includes(id))
    })

    // Another day: nothing is "now" there.
    await userEvent.click(todayScreen.button('Next day'))
    const tomorrow = serverDay(harness.demo.state(), addDays(today(), 1))
    expect(await shownDay(addDays(today(), 1))).toHaveLength(tomorrow.length)
    readWholeList((link) => {
      expect(accessibleName(link)).not.toMatch(/, (Now|Next), /)
      expect(within(link).queryByText(/^(Now|Next)$/)).toBeNull()
    })
  })

  it('marks a session canceled in the store and passes over it for “Next”', async () => {
    const desk = await harness.freshDesk()
    harness.renderDesk(desk)
    const nowMs = harness.now()
    const day = serverDay(harness.demo.state(), today())
    const later = day.filter((s) => !s.canceled && s.startMs > nowMs)
    // Sessions starting together are "up next" together (the seed has some: an appointment beside a class),
    // so the next start's sessions are canceled, all of them, and "Next" goes on to the start after.
    const startsAt = (ms: number) => later.filter((s) => s.startMs === ms)
    const next = startsAt(later[0]!.startMs)
    const afterNext = later.find((s) => s.startMs > later[0]!.startMs)
    expect(afterNext, 'a later start than the next one').toBeDefined()
    const after = startsAt(afterNext!.startMs)
    expect(await shownDay(today())).toHaveLength(day.length)
    const upNext = () =>
      readWholeList((link) =>
        link.getAttribute('href')?.startsWith('#/session/') && accessibleName(link).includes(', Next, ')
          ? linkedSessionId(link)
          : null,
      ).filter((id) => id !== null)
    expect(upNext().sort()).toEqual(next.map((s) => s.id).sort())
    const link = await screen.findByRole('link', {
      name: startsWithTimeAndTitle(next[0]!.time, next[0]!.title),
    })
    expect(linkedSessionId(link)).toBe(next[0]!.id)
    expect(accessibleName(link)).toContain(', Next, ')

    for (const session of next) {
      const row = await desk.db.events.get(session.id)
      await desk.db.events.update(session.id, { server: { ...row!.server, status: 'CANCELLED' } })
    }

    await waitFor(() => expect(accessibleName(link)).toContain(', Canceled, '))
    expect(accessibleName(link)).not.toContain(', Next, ')
    within(link).getByText('Canceled')
    const canceled = readWholeList((link) =>
      link.getAttribute('href')?.startsWith('#/session/') && accessibleName(link).includes(', Canceled, ')
        ? linkedSessionId(link)
        : null,
    )
    expect(canceled.filter((id) => id !== null).sort()).toEqual(next.map((s) => s.id).sort())
    expect(upNext().sort()).toEqual(after.map((s) => s.id).sort())
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
    expect(await shownDay(today())).toHaveLength(expected.length)
    expect(screen.queryByText('Loading the schedule…')).toBeNull()
  })

  it('says “No sessions on this day”, and that a day beyond the days kept here is not kept', async () => {
    const desk = await harness.freshDesk()
    const tomorrow = addDays(today(), 1)
    // Nothing of that day in the store: no sessions, and no appointment requests (rows of their own, issue 19).
    expect(serverRequests(harness.demo.state(), tomorrow).length).toBeGreaterThan(0)
    await desk.db.events.where('day').equals(tomorrow).delete()
    await desk.db.bookings.where('day').equals(tomorrow).delete()
    harness.renderDesk(desk, { path: paths.day(tomorrow) })
    await screen.findByText('No sessions on this day')
    expect(screen.queryByText(/is not kept on this computer/)).toBeNull()
    expect(screen.queryByRole('list', { name: 'Sessions' })).toBeNull()
    expect(screen.queryByRole('combobox', { name: 'Staff' })).toBeNull()

    const farAway = addDays(today(), 60)
    expect(serverDay(harness.demo.state(), farAway)).toHaveLength(0)
    act(() => {
      window.location.hash = paths.day(farAway)
    })
    await screen.findByRole('heading', { level: 2, name: formatBusinessDay(farAway) })
    // pinned: the harness's clock is Tue, Mar 10, 2026; the day 60 days on is beyond what Settings can keep.
    await screen.findByText(
      'Sat, May 9 is not kept on this computer (Rollcall keeps yesterday to 7 days ahead).',
    )
    expect(screen.queryByText('No sessions on this day')).toBeNull()
    screen.getByText('Rollcall can keep at most 30 days ahead; Wix’s dashboard shows this day.')
    expect(screen.queryByRole('button', { name: /^Keep the days/ })).toBeNull()
  })
})
