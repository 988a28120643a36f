import { act, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import type { UpdateStatus } from '@shared/ipc/app'
import { IpcFailure } from '../../../../electron/main/ipc/failure'
import type { HandlerRegistry } from '../../../../electron/main/ipc/handlers'
import type { RollcallDb } from '../../../../renderer/src/db/schema'
import { useShellStore } from '../../../../renderer/src/frame/shell-store'
import type { BookingsGateway } from '../../../../renderer/src/sync/gateway'
import { gatewayOver } from '../../../integration/sync/demo-gateway'
import { sampleHandlers } from '../../../main/ipc/fixtures'
import { openDeskHarness, type Desk } from '../../desk/desk-harness'
import { installFakeBridge } from '../../fake-bridge'

const harness = await openDeskHarness()

const READY: UpdateStatus = { state: 'ready', version: '0.2.0' }

/** The outbox as main would find it when asked to install: the states of its entries, sorted. */
const outboxStates = async (db: RollcallDb) => (await db.outbox.toArray()).map((entry) => entry.state).sort()

/**
 * main's app.installUpdate, recording the outbox's states at the moment it is called (the app would quit
 * then). `refuse` answers the error main gives when nothing is ready.
 */
function installFakeMain(desk: Desk, options: { refuse?: boolean } = {}) {
  const installs: string[][] = []
  const defaults = sampleHandlers()
  const app: HandlerRegistry['app'] = {
    ...defaults.app,
    installUpdate: async () => {
      installs.push(await outboxStates(desk.db))
      if (options.refuse)
        throw new IpcFailure({
          kind: 'rejected',
          code: 'NO_UPDATE_READY',
          message: 'No update is ready to install.',
          retryable: false,
          mayHaveReachedServer: false,
        })
      return { version: '0.2.0' }
    },
  }
  installFakeBridge(sampleHandlers({ app }))
  return installs
}

const setUpdate = (update: UpdateStatus) => act(() => useShellStore.getState().setUpdate(update))
const prompt = () => screen.getByRole('region', { name: 'Update ready' })
const restartButton = () => within(prompt()).getByRole('button', { name: 'Restart to update' })

async function checkInSomeone(desk: Desk, count: number) {
  const people = (await desk.db.bookings.where('status').equals('CONFIRMED').toArray())
    .filter((b) => b.eventId)
    .slice(0, count)
  await act(() =>
    desk.engine.actions.checkIn(people.map((b) => ({ bookingId: b.id, eventId: b.eventId ?? '' }))),
  )
}

afterEach(() => Reflect.deleteProperty(window, 'rollcall'))

describe('the "Restart to update" prompt', { timeout: 20_000 }, () => {
  it('appears only once main has an update ready: a region under the screen, not a dialog, that leaves the desk usable', async () => {
    const desk = await harness.freshDesk()
    installFakeMain(desk)
    harness.renderDesk(desk)
    expect(screen.queryByRole('region', { name: 'Update ready' })).toBeNull()
    setUpdate({ state: 'checking' })
    setUpdate({ state: 'downloading', version: '0.2.0' })
    expect(screen.queryByRole('region', { name: 'Update ready' })).toBeNull()

    setUpdate(READY)
    const status = within(prompt()).getByRole('status')
    expect(status.textContent).toContain('Rollcall 0.2.0 is ready to install.')
    expect(status.textContent).toContain('Nothing is waiting to be sent')
    within(prompt()).getByRole('button', { name: 'Later' })
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.queryByRole('alertdialog')).toBeNull()
    // Part of the frame after the screen (never inside it, over its rows; the layout: e2e small-laptop).
    const main = screen.getByRole('main')
    expect(main.contains(prompt())).toBe(false)
    expect(main.compareDocumentPosition(prompt()) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    // Nothing taken away from the desk: its own buttons still work.
    await userEvent.click(screen.getByRole('button', { name: 'Add walk-in' }))
    await screen.findByRole('dialog', { name: /walk-in/i })
  })

  it('says how many changes are waiting, and restarts keeping them queued for after the restart', async () => {
    const desk = await harness.freshDesk()
    const installs = installFakeMain(desk)
    harness.renderDesk(desk)
    await checkInSomeone(desk, 3)
    setUpdate(READY)
    expect(within(prompt()).getByRole('status').textContent).toContain(
      '3 changes waiting will be sent after the restart.',
    )

    await userEvent.click(restartButton())
    await waitFor(() => expect(installs).toHaveLength(1))
    expect(installs[0]).toEqual(['queued', 'queued', 'queued'])
    expect(await outboxStates(desk.db)).toEqual(['queued', 'queued', 'queued'])
    await within(prompt()).findByText('Restarting…')
    expect(restartButton().hasAttribute('disabled')).toBe(true)
  })

  it('never restarts in the middle of a send: it waits until nothing is being sent', async () => {
    const base = gatewayOver(harness.demo)
    let letThrough = () => {}
    const gate = new Promise<void>((resolve) => (letThrough = resolve))
    const gated: BookingsGateway = {
      ...base,
      attendance: {
        ...base.attendance,
        bulkSet: async (input) => {
          await gate
          return base.attendance.bulkSet(input)
        },
      },
    }
    const desk = await harness.freshDesk({ gateway: gated })
    const installs = installFakeMain(desk)
    harness.renderDesk(desk)
    await checkInSomeone(desk, 1)
    const push = desk.engine.pushNow()
    await waitFor(async () => expect(await outboxStates(desk.db)).toEqual(['sending']))
    setUpdate(READY)

    await userEvent.click(restartButton())
    await within(prompt()).findByText(
      'Finishing the changes being sent to Wix; Rollcall restarts right after.',
    )
    expect(installs).toEqual([])

    letThrough()
    await push
    await waitFor(() => expect(installs).toHaveLength(1))
    // What the outbox held when main was asked to install: had the restart not waited for the send, 'sending'.
    expect(installs[0]).toEqual(['done'])
  })

  it('"Later" hides it until another version is ready', async () => {
    const desk = await harness.freshDesk()
    const installs = installFakeMain(desk)
    harness.renderDesk(desk)
    setUpdate(READY)
    await userEvent.click(within(prompt()).getByRole('button', { name: 'Later' }))
    expect(screen.queryByRole('region', { name: 'Update ready' })).toBeNull()
    setUpdate({ state: 'ready', version: '0.2.1' })
    expect(within(prompt()).getByRole('status').textContent).toContain('Rollcall 0.2.1 is ready to install.')
    expect(installs).toEqual([])
  })

  it('works from the keyboard: Tab reaches its buttons, Enter on "Later" hides it, Space restarts', async () => {
    const desk = await harness.freshDesk()
    const installs = installFakeMain(desk)
    harness.renderDesk(desk)
    setUpdate(READY)
    const user = userEvent.setup()
    const tabTo = async (target: HTMLElement) => {
      for (let presses = 0; presses < 200 && document.activeElement !== target; presses++) await user.tab()
      expect(document.activeElement).toBe(target)
    }
    await tabTo(within(prompt()).getByRole('button', { name: 'Later' }))
    await user.keyboard('{Enter}')
    expect(screen.queryByRole('region', { name: 'Update ready' })).toBeNull()

    setUpdate({ state: 'ready', version: '0.2.1' })
    await tabTo(restartButton())
    await user.keyboard(' ')
    await waitFor(() => expect(installs).toHaveLength(1))
    await within(prompt()).findByText('Restarting…')
  })

  it('says why when main does not restart, and lets the desk try again', async () => {
    const desk = await harness.freshDesk()
    const installs = installFakeMain(desk, { refuse: true })
    harness.renderDesk(desk)
    setUpdate(READY)
    await userEvent.click(restartButton())
    expect((await within(prompt()).findByRole('alert')).textContent).toBe('No update is ready to install.')
    expect(restartButton().hasAttribute('disabled')).toBe(false)
    await userEvent.click(restartButton())
    await waitFor(() => expect(installs).toHaveLength(2))
  })
})
