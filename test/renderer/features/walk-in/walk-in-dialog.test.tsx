import { screen, waitFor, within } from '@testing-library/react'
import { userEvent, type UserEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { businessDayOf } from '@shared/domain/business-day'
import { paths } from '../../../../renderer/src/app/routes'
import { daySessions } from '../../../../renderer/src/queries/session-bookings'
import { useShellStore } from '../../../../renderer/src/state/shell-store'
import { openDeskHarness, type Desk } from '../../desk/desk-harness'

const harness = await openDeskHarness()

const today = () => businessDayOf(new Date(harness.now()), harness.timeZone)

/** Today's sessions a walk-in can join (not canceled, not a course, not over), in time order. */
async function openSessions(desk: Desk) {
  const sessions = await daySessions(desk.db, today(), harness.timeZone)
  return sessions.filter((s) => !s.canceled && s.kind !== 'COURSE' && Date.parse(s.endUtc) > harness.now())
}

const dialog = () => screen.getByRole('dialog', { name: 'Add walk-in' })
const field = (name: string) => within(dialog()).getByRole('textbox', { name })
const partySize = () => within(dialog()).getByRole('spinbutton', { name: 'Party size' })
const sessionSelect = () => within(dialog()).getByRole<HTMLSelectElement>('combobox', { name: 'Session' })

/** The error a field shows, found through its aria-describedby (what a screen reader reads with it). */
function errorOf(element: HTMLElement): string | null {
  if (element.getAttribute('aria-invalid') !== 'true') return null
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? []
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
}

/** Opens the dialog from the header and waits for today's sessions to be listed in it. */
async function openWithButton(user: UserEvent) {
  await user.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Add walk-in' }))
  await screen.findByRole('dialog', { name: 'Add walk-in' })
  await waitFor(() => expect(sessionSelect().value).not.toBe(''))
}

/** The walk-ins this test made, as the demo site has them (by Rollcall's `rollcall:<uuid>`). */
function serverWalkIns(firstName: string) {
  const state = harness.demo.state()
  return state.bookings
    .filter((b) => b.externalUserId?.startsWith('rollcall:') && b.contactDetails?.firstName === firstName)
    .map((b) => ({ booking: b, attendance: state.attendance.filter((a) => a.bookingId === b.id) }))
}

// Each test books through the demo site and the engine; several seconds each when the whole suite shares the cores.
describe('Add walk-in', { timeout: 20_000 }, () => {
  it('opens with the header button and with W, on the session in progress or the next one', async () => {
    const desk = await harness.freshDesk()
    const [next] = await openSessions(desk)
    harness.renderDesk(desk)
    const user = userEvent.setup()
    await openWithButton(user)
    expect(document.activeElement).toBe(field('First name'))
    await waitFor(() => expect(sessionSelect().value).toBe(next?.id))
    expect(within(dialog()).getByRole('checkbox', { name: 'Check in now' })).toHaveProperty('checked', true)
    expect((partySize() as HTMLInputElement).value).toBe('1')
    await user.click(within(dialog()).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())

    await user.keyboard('w')
    expect(await screen.findByRole('dialog', { name: 'Add walk-in' })).toBeDefined()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  })

  it('opens on the session it was opened from', async () => {
    const desk = await harness.freshDesk()
    const sessions = await openSessions(desk)
    const later = sessions.at(-1)
    if (!later || later.id === sessions[0]?.id) throw new Error('Two open sessions expected today')
    harness.renderDesk(desk, { path: paths.session(later.id) })
    const user = userEvent.setup()
    await openWithButton(user)
    await waitFor(() => expect(sessionSelect().value).toBe(later.id))
  })

  it('opens with W on the roster’s session, as the button does, and says where it booked', async () => {
    const desk = await harness.freshDesk()
    const sessions = await openSessions(desk)
    const later = sessions.at(-1)
    if (!later || later.id === sessions[0]?.id) throw new Error('Two open sessions expected today')
    harness.renderDesk(desk, { path: paths.session(later.id) })
    const user = userEvent.setup()
    await screen.findByRole('heading', { level: 2, name: later.title })
    await user.keyboard('w')
    await screen.findByRole('dialog', { name: 'Add walk-in' })
    await waitFor(() => expect(sessionSelect().value).toBe(later.id))
    await user.type(field('First name'), 'Zoë')
    await user.type(field('Last name'), 'Walkin')
    await user.keyboard('{Enter}')

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    const words = `Booked walk-in Zoë Walkin into ${later.title} · ${later.startLabel}`
    expect(await screen.findByText(words)).toBeDefined()
    const [create] = (await desk.db.outbox.toArray()).filter((e) => e.intent === 'createWalkIn')
    expect(create?.args).toMatchObject({ eventId: later.id })
    const activity = await desk.db.activity
      .where('mutationId')
      .equals(create?.mutationId ?? '')
      .first()
    expect(activity?.summary).toBe(words)
  })

  it('shows each field’s error next to it and records nothing', async () => {
    const desk = await harness.freshDesk()
    harness.renderDesk(desk)
    const user = userEvent.setup()
    await openWithButton(user)
    await waitFor(() => expect(sessionSelect().value).not.toBe(''))
    await user.click(within(dialog()).getByRole('button', { name: 'Book and check in' }))
    expect(errorOf(field('First name'))).toMatch(/first name/i)
    expect(document.activeElement).toBe(field('First name'))
    expect(errorOf(field('Email'))).toBeNull()

    await user.type(field('First name'), 'Dana')
    await user.type(field('Email'), 'dana@')
    await user.type(field('Phone'), 'call me')
    await user.clear(partySize())
    await user.type(partySize(), '51')
    await user.click(within(dialog()).getByRole('button', { name: 'Book and check in' }))
    expect(errorOf(field('First name'))).toBeNull()
    expect(errorOf(field('Email'))).toMatch(/e-mail/i)
    expect(errorOf(field('Phone'))).toMatch(/phone number/i)
    expect(errorOf(partySize())).toMatch(/1 to 50/)
    expect(document.activeElement).toBe(field('Email'))
    expect(await desk.db.outbox.count()).toBe(0)
    expect(dialog()).toBeDefined()
  })

  it('books and checks in: shown at once, then on the demo site once and attended', async () => {
    const desk = await harness.freshDesk()
    const [session] = await openSessions(desk)
    if (!session) throw new Error('No open session today')
    harness.renderDesk(desk)
    const user = userEvent.setup()
    await openWithButton(user)
    await user.type(field('First name'), 'Wanda')
    await user.type(field('Last name'), 'Walkin')
    await user.type(field('Email'), 'wanda.walkin@example.com')
    await user.type(field('Phone'), '+1 312 555 0199')
    await user.clear(partySize())
    await user.type(partySize(), '2')
    await user.click(within(dialog()).getByRole('button', { name: 'Book and check in' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(window.location.hash).toBe(`#${paths.session(session.id)}`)
    expect(
      await screen.findByText(`Booked walk-in Wanda Walkin into ${session.title} · ${session.startLabel}`),
    ).toBeDefined()
    const local = (await desk.db.bookings.where('eventId').equals(session.id).toArray()).filter(
      (b) => b.contact.firstName === 'Wanda',
    )
    expect(local).toMatchObject([{ status: 'CONFIRMED', participants: 2 }])
    expect((await desk.db.attendance.get([local[0]?.id ?? '', session.id]))?.status).toBe('ATTENDED')

    await desk.engine.pushNow()
    expect(serverWalkIns('Wanda')).toHaveLength(0) // Held for the undo window.
    harness.demo.advanceClock(10_000)
    await desk.engine.pushNow()
    const created = serverWalkIns('Wanda')
    expect(created).toHaveLength(1)
    expect(created[0]?.booking).toMatchObject({
      status: 'CONFIRMED',
      totalParticipants: 2,
      contactDetails: { lastName: 'Walkin', email: 'wanda.walkin@example.com', phone: '+1 312 555 0199' },
    })
    expect(created[0]?.attendance).toMatchObject([{ eventId: session.id, status: 'ATTENDED' }])
  })

  it('books without checking in when “Check in now” is off', async () => {
    const desk = await harness.freshDesk()
    harness.renderDesk(desk)
    const user = userEvent.setup()
    await openWithButton(user)
    await user.type(field('First name'), 'Nadia')
    await user.click(within(dialog()).getByRole('checkbox', { name: 'Check in now' }))
    await user.click(within(dialog()).getByRole('button', { name: 'Book' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    harness.demo.advanceClock(10_000)
    await desk.engine.pushNow()
    const created = serverWalkIns('Nadia')
    expect(created).toHaveLength(1)
    expect(created[0]?.attendance.filter((a) => a.status === 'ATTENDED')).toEqual([])
  })

  it('asks for “Book over capacity” when the party does not fit, then books over it', async () => {
    const desk = await harness.freshDesk()
    const sessions = await openSessions(desk)
    // The spots left by the counting rule: Wix's remaining capacity and the people booked (session-counts).
    const session = sessions.find((s) => s.room.left !== null && s.room.left > 0 && s.room.left < 50)
    if (!session?.room.left) throw new Error('No session with a capacity today')
    const tooMany = session.room.left + 1
    harness.renderDesk(desk)
    const user = userEvent.setup()
    await openWithButton(user)
    await user.selectOptions(sessionSelect(), session.id)
    await user.type(field('First name'), 'Petra')
    await user.clear(partySize())
    await user.type(partySize(), String(tooMany - 1))
    expect(within(dialog()).queryByRole('checkbox', { name: 'Book over capacity' })).toBeNull()
    await user.clear(partySize())
    await user.type(partySize(), String(tooMany))
    const override = within(dialog()).getByRole('checkbox', { name: 'Book over capacity' })
    expect(within(dialog()).getByText(`${session.title} is full.`)).toBeDefined()

    await user.click(within(dialog()).getByRole('button', { name: 'Book and check in' }))
    expect(errorOf(override)).toMatch(/Book over capacity/)
    expect(document.activeElement).toBe(override)
    expect(await desk.db.outbox.count()).toBe(0)

    await user.click(override)
    await user.click(within(dialog()).getByRole('button', { name: 'Book and check in' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    const [create] = (await desk.db.outbox.toArray()).filter((e) => e.intent === 'createWalkIn')
    expect(create?.args).toMatchObject({
      eventId: session.id,
      totalParticipants: tooMany,
      overrideCapacity: true,
    })
    harness.demo.advanceClock(10_000)
    await desk.engine.pushNow()
    expect(serverWalkIns('Petra').map((w) => w.booking.totalParticipants)).toEqual([tooMany])
  })

  it('works offline: shown at once and waiting, then created once when the line is back', async () => {
    const desk = await harness.freshDesk()
    const [session] = await openSessions(desk)
    if (!session) throw new Error('No open session today')
    harness.renderDesk(desk)
    desk.engine.setOnline(false)
    useShellStore.setState({ browserOnline: false })
    const user = userEvent.setup()
    await openWithButton(user)
    await user.type(field('First name'), 'Olive')
    await user.type(field('Last name'), 'Offline')
    await user.type(field('Phone'), '312 555 0142')
    await user.click(within(dialog()).getByRole('button', { name: 'Book and check in' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())

    const sync = screen.getByRole('status', { name: 'Sync' })
    await waitFor(() => expect(sync.textContent).toBe('Offline · 2 changes waiting'))
    // Found by the search box at once, checked in.
    await user.type(screen.getByRole('combobox', { name: 'Find attendee' }), 'olive offl')
    const walkIn = new RegExp(`^Olive Offline, ${session.title} today .*, booked, checked in`)
    expect(await screen.findByRole('option', { name: walkIn })).toBeDefined()

    desk.engine.setOnline(true)
    useShellStore.setState({ browserOnline: true })
    harness.demo.advanceClock(10_000)
    await desk.engine.pushNow()
    const created = serverWalkIns('Olive')
    expect(created).toHaveLength(1)
    expect(created[0]?.attendance).toMatchObject([{ eventId: session.id, status: 'ATTENDED' }])
    await waitFor(() => expect(sync.textContent).toBe('All changes synced'))
  })
})
