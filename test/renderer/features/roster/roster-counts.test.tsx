import { screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { businessDayOf } from '@shared/domain/business-day'
import { paths } from '../../../../renderer/src/frame/routes'
import { openDeskHarness } from '../../desk/desk-harness'
import { pendingSaid, serverDay, waitlistSaid, type ServerSession } from '../today/server-truth'
import { accessibleName, linkedSessionId, todayScreen } from '../today/today-screen'
import { rosterPath } from './roster-helpers'

const harness = await openDeskHarness()

function numbers(): HTMLElement {
  return screen.getByRole('list', { name: 'Numbers' })
}

/** The site's own view of a session (server-truth: worked out from the demo's records, not the desk's). */
function onSite(eventId: string): ServerSession {
  const data = harness.demo.state()
  const event = data.events.find((e) => e.id === eventId)
  if (!event) throw new Error(`no session ${eventId}`)
  const session = serverDay(data, businessDayOf(new Date(event.startMs), data.timeZone)).find(
    (s) => s.id === eventId,
  )
  if (!session) throw new Error(`session ${eventId} is not on the calendar`)
  return session
}

/** A class needing the desk's approval, later today, not canceled, with room for `room` more people. */
function approvalClassToday(room: number): ServerSession {
  const data = harness.demo.state()
  const today = businessDayOf(new Date(harness.now()), data.timeZone)
  const found = serverDay(data, today).find((s) => {
    const event = data.events.find((e) => e.id === s.id)
    const service = data.services.find((x) => x.id === event?.serviceId)
    return (
      !s.canceled &&
      s.startMs > harness.now() &&
      service?.kind === 'CLASS' &&
      service.requireManualApproval &&
      s.remaining >= room
    )
  })
  if (!found) throw new Error('no class needing approval with room today')
  return found
}

async function todayRowOf(eventId: string): Promise<HTMLElement> {
  await waitFor(() => expect(todayScreen.links().length).toBeGreaterThan(0))
  const link = todayScreen.links().find((l) => linkedSessionId(l) === eventId)
  if (!link) throw new Error(`no row for ${eventId}`)
  return link
}

describe('what “booked” counts', { timeout: 30_000 }, () => {
  it('counts confirmed people (party sizes), pending requests and the waitlist apart', async () => {
    const desk = await harness.freshDesk()
    const session = approvalClassToday(5)
    const { world } = harness.demo
    // A party of 2 confirmed by the desk, and a party of 3 still asking.
    const party = world.customerBooks({
      eventId: session.id,
      participants: 2,
      contact: { firstName: 'Paula', lastName: 'Party', email: 'paula.party@example.com' },
    })
    world.deskConfirms(party.id)
    world.customerBooks({
      eventId: session.id,
      participants: 3,
      contact: { firstName: 'Quinn', lastName: 'Request', email: 'quinn.request@example.com' },
    })
    await desk.engine.syncNow()
    const truth = onSite(session.id)
    expect(truth.pending).toBeGreaterThan(0)

    const today = harness.renderDesk(desk, { path: paths.today })
    const row = await todayRowOf(session.id)
    expect(accessibleName(row)).toContain(`, ${truth.booked} of ${truth.capacity} booked, `)
    // People counted: the party of 3 asking is 3 pending (issue 19 case 6).
    expect(accessibleName(row)).toContain(`, ${pendingSaid(truth)}`)
    expect(truth.pendingPeople).toBeGreaterThanOrEqual(3)
    within(row).getByText(`${truth.booked} of ${truth.capacity}`)

    today.unmount()
    harness.renderDesk(desk, { path: rosterPath(session.id) })
    await waitFor(() => within(numbers()).getByText(`${truth.booked} of ${truth.capacity} booked`))
    within(numbers()).getByText(pendingSaid(truth))
    // Booked is who is in the Booked list, party sizes counted.
    const listed = within(screen.getByRole('list', { name: 'Booked' })).getAllByRole('listitem')
    expect(listed.some((item) => within(item).queryByText('Paula Party'))).toBe(true)
    expect(listed.some((item) => within(item).queryByText('Quinn Request'))).toBe(false)
  })

  it('says “Full on Wix” when Wix has no spot left though fewer are booked, and the confirm dialog shows it', async () => {
    const desk = await harness.freshDesk()
    const before = approvalClassToday(1)
    // Requests take every spot that is left (Wix holds a spot for a pending request on this site).
    harness.demo.world.customerBooks({
      eventId: before.id,
      participants: before.remaining,
      contact: { firstName: 'Rhea', lastName: 'Request', email: 'rhea.request@example.com' },
    })
    await desk.engine.syncNow()
    const truth = onSite(before.id)
    expect(truth.remaining).toBe(0)
    expect(truth.booked).toBeLessThan(truth.capacity)
    expect(truth.full).toBe('Full on Wix')

    const today = harness.renderDesk(desk, { path: paths.today })
    const row = await todayRowOf(before.id)
    expect(accessibleName(row)).toContain(`, ${truth.booked} of ${truth.capacity} Full on Wix, `)
    within(row).getByText('Full on Wix')
    expect(within(row).queryByText('Full')).toBeNull()

    today.unmount()
    harness.renderDesk(desk, { path: rosterPath(before.id) })
    await waitFor(() => within(numbers()).getByText('Full on Wix'))
    within(numbers()).getByText(`${truth.booked} of ${truth.capacity} booked`)

    await userEvent.click(screen.getByRole('button', { name: 'Confirm booking for Rhea Request' }))
    const dialog = await screen.findByRole('dialog', { name: "Confirm Rhea Request's booking" })
    const pending = pendingSaid(truth)
    const waitlist = truth.waitlist ? `, ${waitlistSaid(truth)}` : ''
    await within(dialog).findByText(
      `Capacity ${truth.capacity}: ${truth.booked} booked, ${pending}${waitlist}, Full on Wix`,
    )
  })
})
