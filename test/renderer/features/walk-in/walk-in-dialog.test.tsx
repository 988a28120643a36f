import { screen, waitFor, within } from '@testing-library/react'
import { userEvent, type UserEvent } from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { addDays, businessDayOf } from '@shared/domain/business-day'
import { paymentOptionWords, type WalkInTerms } from '@shared/domain/walk-in-terms'
import { paths } from '../../../../renderer/src/frame/routes'
import { APPOINTMENTS_NOT_HERE } from '../../../../renderer/src/features/walk-in/walk-in-sessions'
import { daySessions, type SessionSummary } from '../../../../renderer/src/queries/roster-view'
import { useShellStore } from '../../../../renderer/src/frame/shell-store'
import { readWalkInTerms } from '../../../../renderer/src/sync/walk-in-terms-store'
import { NOW } from '../../../demo-site/demo-site-client'
import { openDeskHarness, type Desk } from '../../desk/desk-harness'

const harness = await openDeskHarness()
// Some tests move the demo clock (to a day with a Yin Yoga class): the others, and the next re-seed, start
// from the harness's fixed "now".
afterEach(() => void harness.demo.setNow(NOW))

const MINUTE = 60_000
const today = () => businessDayOf(new Date(harness.now()), harness.timeZone)

/** Today's sessions a walk-in can join (class sessions not canceled and not over), in time order. */
async function openSessions(desk: Desk) {
  const sessions = await daySessions(desk.db, today(), harness.timeZone)
  return sessions.filter((s) => !s.canceled && s.kind === 'CLASS' && Date.parse(s.endUtc) > harness.now())
}

/**
 * Terms that change nothing in the form or on Wix: no variants (a "Party size"), no approval, paid at the
 * desk first, no late-booking limit, booking after the start allowed, and any party the room holds.
 */
function plainTerms(terms: WalkInTerms | undefined, session: SessionSummary): boolean {
  if (!terms) return false
  const { latestBookingMinutes, bookAfterStart, maxParticipants } = terms.policy
  return (
    !terms.variants.length &&
    !terms.requiresApproval &&
    terms.paymentOptions[0] === 'OFFLINE' &&
    latestBookingMinutes === null &&
    bookAfterStart !== false &&
    (maxParticipants === null || maxParticipants >= (session.room.capacity ?? 50))
  )
}

/** Today's open sessions whose service has plain walk-in terms (what the generic tests book into). */
async function plainSessions(desk: Desk) {
  const terms = await readWalkInTerms(desk.db)
  return (await openSessions(desk)).filter((s) => plainTerms(terms.get(s.serviceId ?? ''), s))
}

/** The walk-in terms of the service named `name`, as the engine stored them. */
async function termsNamed(desk: Desk, name: string): Promise<WalkInTerms> {
  const terms = [...(await readWalkInTerms(desk.db)).values()].find((t) => t.name === name)
  if (!terms) throw new Error(`No walk-in terms stored for ${name}`)
  return terms
}

/**
 * The first class of `serviceId` in the store's coming week that starts at least an hour into its day (so
 * the clock can be put an hour before it, on the same business day).
 */
async function comingSessionOf(desk: Desk, serviceId: string): Promise<SessionSummary> {
  for (let ahead = 0; ahead <= 7; ahead++) {
    const sessions = await daySessions(desk.db, addDays(today(), ahead), harness.timeZone)
    const found = sessions.find((s) => {
      const start = Date.parse(s.startUtc)
      return (
        !s.canceled &&
        s.kind === 'CLASS' &&
        s.serviceId === serviceId &&
        start - 60 * MINUTE > harness.now() &&
        businessDayOf(new Date(start - 60 * MINUTE), harness.timeZone) === s.day
      )
    })
    if (found) return found
  }
  throw new Error('No class of that service in the coming week')
}

/** Moves the demo clock (screens, engine and site) and pulls the window around the new "now". */
async function moveClock(desk: Desk, at: number) {
  harness.demo.setNow(at)
  await desk.engine.syncNow()
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
    const [plain] = await plainSessions(desk)
    if (!plain) throw new Error('No open session with plain walk-in terms today')
    harness.renderDesk(desk)
    const user = userEvent.setup()
    await openWithButton(user)
    expect(document.activeElement).toBe(field('First name'))
    await waitFor(() => expect(sessionSelect().value).toBe(next?.id))
    expect(within(dialog()).getByRole('checkbox', { name: 'Check in now' })).toHaveProperty('checked', true)
    await user.selectOptions(sessionSelect(), plain.id)
    expect((partySize() as HTMLInputElement).value).toBe('1')
    await user.click(within(dialog()).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())

    await user.keyboard('w')
    await screen.findByRole('dialog', { name: 'Add walk-in' })
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
    await screen.findByText(words)
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
    const [plain] = await plainSessions(desk)
    if (!plain) throw new Error('No open session with plain walk-in terms today')
    await openWithButton(user)
    await user.selectOptions(sessionSelect(), plain.id)
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
    dialog() // still open, with the errors
  })

  it('books and checks in: shown at once, then on the demo site once and attended', async () => {
    const desk = await harness.freshDesk()
    const [session] = await plainSessions(desk)
    if (!session) throw new Error('No open session with plain walk-in terms today')
    harness.renderDesk(desk)
    const user = userEvent.setup()
    await openWithButton(user)
    await user.selectOptions(sessionSelect(), session.id)
    await user.type(field('First name'), 'Wanda')
    await user.type(field('Last name'), 'Walkin')
    await user.type(field('Email'), 'wanda.walkin@example.com')
    await user.type(field('Phone'), '+1 312 555 0199')
    await user.clear(partySize())
    await user.type(partySize(), '2')
    await user.click(within(dialog()).getByRole('button', { name: 'Book and check in' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(window.location.hash).toBe(`#${paths.session(session.id)}`)
    await screen.findByText(`Booked walk-in Wanda Walkin into ${session.title} · ${session.startLabel}`)
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
    const [plain] = await plainSessions(desk)
    if (!plain) throw new Error('No open session with plain walk-in terms today')
    await openWithButton(user)
    await user.selectOptions(sessionSelect(), plain.id)
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
    const sessions = await plainSessions(desk)
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
    // The session still has room, only not for this party: it says how much, not "full" (issue 21).
    const spots = session.room.left === 1 ? '1 spot' : `${String(session.room.left)} spots`
    within(dialog()).getByText(`${session.title} has only ${spots} left.`)
    expect(within(dialog()).queryByText(/ is full/)).toBeNull()

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
    const [session] = await plainSessions(desk)
    if (!session) throw new Error('No open session with plain walk-in terms today')
    harness.renderDesk(desk)
    desk.engine.setOnline(false)
    useShellStore.setState({ browserOnline: false })
    const user = userEvent.setup()
    await openWithButton(user)
    await user.selectOptions(sessionSelect(), session.id)
    await user.type(field('First name'), 'Olive')
    await user.type(field('Last name'), 'Offline')
    await user.type(field('Phone'), '312 555 0142')
    await user.click(within(dialog()).getByRole('button', { name: 'Book and check in' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())

    const sync = screen.getByRole('status', { name: 'Sync' })
    await waitFor(() => expect(sync.textContent).toBe('Offline · 2 changes waiting'))
    // Found by the search box at once, checked in.
    await user.type(screen.getByRole('combobox', { name: 'Find attendee' }), 'olive offl')
    const walkIn = new RegExp(`^Olive Offline, (.*, )?${session.title}, Today .*, Booked, Checked in`)
    await screen.findByRole('option', { name: walkIn })

    desk.engine.setOnline(true)
    useShellStore.setState({ browserOnline: true })
    harness.demo.advanceClock(10_000)
    await desk.engine.pushNow()
    const created = serverWalkIns('Olive')
    expect(created).toHaveLength(1)
    expect(created[0]?.attendance).toMatchObject([{ eventId: session.id, status: 'ATTENDED' }])
    await waitFor(() => expect(sync.textContent).toBe('All changes synced'))
  })

  it('books a service with variants by ticket: people per variant, sent as participantsChoices', async () => {
    const desk = await harness.freshDesk()
    const vinyasa = await termsNamed(desk, 'Vinyasa Flow')
    const session = (await openSessions(desk)).find((s) => s.serviceId === vinyasa.serviceId)
    if (!session) throw new Error('No open Vinyasa Flow session today')
    const [dropIn, student] = vinyasa.variants
    if (!dropIn || !student || vinyasa.variants.length !== 2)
      throw new Error('Vinyasa Flow: Drop-in and Student')
    harness.renderDesk(desk)
    const user = userEvent.setup()
    await openWithButton(user)
    await user.selectOptions(sessionSelect(), session.id)

    const tickets = within(dialog()).getByRole('group', { name: 'People per ticket' })
    expect(within(dialog()).queryByRole('spinbutton', { name: 'Party size' })).toBeNull()
    expect([dropIn.label, student.label]).toEqual(['Drop-in · $24.00', 'Student · $16.00'])
    const dropInCount = within(tickets).getByRole<HTMLInputElement>('spinbutton', { name: dropIn.label })
    const studentCount = within(tickets).getByRole<HTMLInputElement>('spinbutton', { name: student.label })
    expect(within(tickets).getAllByRole('spinbutton')).toEqual([dropInCount, studentCount])
    expect([dropInCount.value, studentCount.value]).toEqual(['1', '0'])

    await user.type(field('First name'), 'Vera')
    await user.clear(studentCount)
    await user.type(studentCount, '1')
    await user.click(within(dialog()).getByRole('button', { name: 'Book and check in' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    const [create] = (await desk.db.outbox.toArray()).filter((e) => e.intent === 'createWalkIn')
    expect(create?.args).toMatchObject({
      eventId: session.id,
      participantsChoices: [
        { custom: 'Drop-in', numberOfParticipants: 1 },
        { custom: 'Student', numberOfParticipants: 1 },
      ],
    })

    harness.demo.advanceClock(10_000)
    await desk.engine.pushNow()
    const created = serverWalkIns('Vera')
    expect(created).toHaveLength(1)
    expect(created[0]?.booking.totalParticipants).toBe(2)
    expect(created[0]?.booking.participantsChoices?.serviceChoices).toMatchObject([
      { numberOfParticipants: 1, choices: [{ custom: 'Drop-in' }] },
      { numberOfParticipants: 1, choices: [{ custom: 'Student' }] },
    ])
  })

  it('offers the service’s payment options, and the one chosen is what Wix records', async () => {
    const desk = await harness.freshDesk()
    const yin = await termsNamed(desk, 'Yin Yoga')
    expect(yin.paymentOptions).toEqual(['MEMBERSHIP_OFFLINE', 'ONLINE'])
    const session = await comingSessionOf(desk, yin.serviceId)
    // An hour before it: open to walk-ins, and outside its 30-minute late-booking limit.
    await moveClock(desk, Date.parse(session.startUtc) - 60 * MINUTE)
    harness.renderDesk(desk)
    const user = userEvent.setup()
    await openWithButton(user)
    await user.selectOptions(sessionSelect(), session.id)

    const payment = within(dialog()).getByRole('group', { name: 'Payment' })
    const radios = yin.paymentOptions.map((option) =>
      within(payment).getByRole<HTMLInputElement>('radio', { name: paymentOptionWords[option] }),
    )
    expect(within(payment).getAllByRole('radio')).toEqual(radios)
    expect(radios.map((r) => r.checked)).toEqual([true, false]) // The usual one (a pricing plan) until chosen.
    expect(within(dialog()).queryByRole('note', { name: 'Booking policy' })).toBeNull()
    await user.click(within(payment).getByRole('radio', { name: paymentOptionWords.ONLINE }))

    await user.type(field('First name'), 'Yara')
    await user.click(within(dialog()).getByRole('button', { name: 'Book and check in' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    const [create] = (await desk.db.outbox.toArray()).filter((e) => e.intent === 'createWalkIn')
    expect(create?.args).toMatchObject({ eventId: session.id, selectedPaymentOption: 'ONLINE' })
    harness.demo.advanceClock(10_000)
    await desk.engine.pushNow()
    const created = serverWalkIns('Yara')
    expect(created.map((w) => w.booking.selectedPaymentOption)).toEqual(['ONLINE'])
  })

  it('warns when the service’s booking policy will refuse: too close to the start, or after it', async () => {
    const desk = await harness.freshDesk()
    const yin = await termsNamed(desk, 'Yin Yoga')
    const session = await comingSessionOf(desk, yin.serviceId)
    const start = Date.parse(session.startUtc)
    const user = userEvent.setup()
    const note = () => within(dialog()).queryByRole('note', { name: 'Booking policy' })

    await moveClock(desk, start - 31 * MINUTE)
    harness.renderDesk(desk)
    await openWithButton(user)
    await user.selectOptions(sessionSelect(), session.id)
    expect(note()).toBeNull()
    await user.click(within(dialog()).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())

    harness.demo.setNow(start - 20 * MINUTE) // Inside its 30-minute late-booking limit.
    await openWithButton(user)
    await user.selectOptions(sessionSelect(), session.id)
    expect(note()?.textContent).toMatch(/Yin Yoga.*30 minutes before the start/)
    await user.click(within(dialog()).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())

    harness.demo.setNow(start + 10 * MINUTE) // In progress: Yin Yoga takes nobody after the start.
    await openWithButton(user)
    await user.selectOptions(sessionSelect(), session.id)
    expect(note()?.textContent).toMatch(/Yin Yoga.*after the session starts/)
  })

  it('lists no appointment, and says they are booked in Wix', async () => {
    const desk = await harness.freshDesk()
    const appointments = (await daySessions(desk.db, today(), harness.timeZone)).filter(
      (s) => !s.canceled && s.kind === 'APPOINTMENT',
    )
    const [first] = appointments
    if (!first) throw new Error('No appointment today')
    // Before today's first appointment starts, so every appointment today is still open (not over).
    await moveClock(desk, Date.parse(first.startUtc) - 10 * MINUTE)
    harness.renderDesk(desk)
    const user = userEvent.setup()
    await openWithButton(user)

    const listed = [...sessionSelect().options].map((o) => o.value)
    expect(listed.length).toBeGreaterThan(0)
    for (const appointment of appointments) expect(listed).not.toContain(appointment.id)
    expect(listed).toEqual((await openSessions(desk)).map((s) => s.id))
    expect(dialog().textContent).toContain(APPOINTMENTS_NOT_HERE)
  })
})
