import { act, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import type { SiteCredentials, SiteStatus } from '@shared/ipc/site'
import { WIX_API_ORIGIN } from '@shared/wix/api-origin'
import type { HandlerRegistry } from '../../../../electron/main/ipc/handlers'
import { IpcFailure } from '../../../../electron/main/ipc/failure'
import { WixApiError } from '../../../../electron/main/wix/errors'
import { errorFromFetchFailure, errorFromHttp } from '../../../../electron/main/wix/http-errors'
import type { BookingRow } from '../../../../renderer/src/db/rows'
import { useDeskUi } from '../../../../renderer/src/state/desk-ui'
import { DEFAULT_STAFF_NAME, usePreferences } from '../../../../renderer/src/state/preferences'
import { useShellStore } from '../../../../renderer/src/frame/shell-store'
import { DEFAULT_WINDOW } from '../../../../renderer/src/sync/sync-window'
import { demoSiteStatus, sampleHandlers } from '../../../main/ipc/fixtures'
import { openDeskHarness, type Desk } from '../../desk/desk-harness'
import { installFakeBridge } from '../../fake-bridge'

const harness = await openDeskHarness()

const GOOD: SiteCredentials = {
  apiKey: 'IST.eyJraWQiOiJQb3pIX2FDMiIsImFsZyI6IlJTMjU2In0',
  siteId: '1a2b3c4d-1111-4222-8333-444455556666',
}
const PROFILE = { businessName: 'Juniper Street Studio', timeZone: 'America/Chicago' }

const wixStatus = (credentials: SiteCredentials): SiteStatus => ({
  mode: 'wix',
  siteId: credentials.siteId,
  apiBaseUrl: credentials.apiBaseUrl ?? WIX_API_ORIGIN,
  problem: null,
  storeKey: `wix-${credentials.siteId.toLowerCase()}`,
  keyId: 'test-key',
  ...PROFILE,
})

/** Why main refuses these credentials on this call, if it does. */
type Refusal = (credentials: SiteCredentials, call: 'test' | 'connect') => Error | undefined

/** Anything but the right key for the right site is the 401 Wix answers. */
const wrongKeyRefused: Refusal = (credentials) =>
  credentials.apiKey !== GOOD.apiKey || credentials.siteId !== GOOD.siteId
    ? new WixApiError({ kind: 'auth', code: 'UNAUTHENTICATED', status: 401, message: 'Not authenticated' })
    : undefined

/**
 * main's site handlers as they behave: only what `refuse` lets through passes (by default the right key for
 * the right site), connect tests before switching, useDemo goes back to the demo site. Calls are recorded.
 */
function installFakeMain(refuse: Refusal = wrongKeyRefused) {
  const calls = { test: [] as SiteCredentials[], connect: [] as SiteCredentials[], useDemo: 0 }
  const check = (credentials: SiteCredentials, call: 'test' | 'connect') => {
    const refusal = refuse(credentials, call)
    if (refusal) throw refusal
  }
  const defaults = sampleHandlers()
  const site: HandlerRegistry['site'] = {
    ...defaults.site,
    test: (credentials) => {
      calls.test.push(credentials)
      check(credentials, 'test')
      return PROFILE
    },
    connect: (credentials) => {
      calls.connect.push(credentials)
      check(credentials, 'connect')
      return wixStatus(credentials)
    },
    useDemo: () => {
      calls.useDemo++
      return demoSiteStatus
    },
  }
  installFakeBridge(sampleHandlers({ site }))
  return calls
}

function renderSettings(desk: Desk, site?: SiteStatus) {
  harness.renderDesk(desk, { path: '/settings' })
  if (site) act(() => useShellStore.getState().setSite(site))
}

const apiKeyField = () => screen.getByLabelText('API key')
const siteIdField = () => screen.getByRole('textbox', { name: 'Site ID' })
const testButton = () => screen.getByRole('button', { name: 'Test connection' })
const saveButton = () => screen.getByRole('button', { name: 'Save and connect' })
const isDisabled = (button: HTMLElement) => button.hasAttribute('disabled')

/** Disconnect, once the store's unsent work is counted (it stays off until then). */
async function disconnectButton(): Promise<HTMLElement> {
  const button = await screen.findByRole('button', { name: 'Disconnect' })
  await waitFor(() => expect(isDisabled(button)).toBe(false))
  return button
}

/** Pasted, as the desk does with a key copied from the API Keys Manager. */
async function paste(field: HTMLElement, text: string) {
  await userEvent.click(field)
  await userEvent.paste(text)
}

async function typeCredentials(credentials: SiteCredentials) {
  await paste(apiKeyField(), credentials.apiKey)
  await paste(siteIdField(), credentials.siteId)
}

async function passTest() {
  await typeCredentials(GOOD)
  await userEvent.click(testButton())
  const passed = await screen.findByText('Connected to Juniper Street Studio (America/Chicago)')
  expect(passed.closest('[role="status"]')).not.toBeNull()
}

async function confirmedBookings(desk: Desk, count: number): Promise<BookingRow[]> {
  const rows = (await desk.db.bookings.where('status').equals('CONFIRMED').toArray()).filter((b) => b.eventId)
  return rows.slice(0, count)
}

/** Two check-ins still queued here. */
async function queueCheckIns(desk: Desk) {
  const people = await confirmedBookings(desk, 2)
  await desk.engine.actions.checkIn(people.map((b) => ({ bookingId: b.id, eventId: b.eventId ?? '' })))
}

afterEach(() => {
  Reflect.deleteProperty(window, 'rollcall')
  usePreferences.setState({ staffName: DEFAULT_STAFF_NAME, window: DEFAULT_WINDOW, notifyCustomers: true })
  useShellStore.setState({ site: null })
})

describe('Settings: the bookings site', { timeout: 20_000 }, () => {
  it('shows the site in use', async () => {
    installFakeMain()
    const desk = await harness.freshDesk()
    renderSettings(desk)
    screen.getByRole('heading', { level: 2, name: 'Settings' })
    const section = screen.getByRole('region', { name: 'Bookings site' })
    within(section).getByText(`The demo site (${harness.site.businessName})`)
    within(section).getByText(harness.site.timeZone)
    within(section).getByText(harness.site.siteId)
    expect(within(section).queryByRole('button', { name: 'Disconnect' })).toBeNull()
  })

  it('checks the fields before anything is sent, and says what is wrong next to each', async () => {
    const calls = installFakeMain()
    const desk = await harness.freshDesk()
    renderSettings(desk)

    await userEvent.click(testButton())
    await screen.findByText('That API key is too short; copy the whole key from the API Keys Manager')
    screen.getByText('A site ID looks like 1a2b3c4d-…; copy it from the dashboard URL or API Keys Manager')
    expect(apiKeyField().getAttribute('aria-invalid')).toBe('true')
    expect(siteIdField().getAttribute('aria-invalid')).toBe('true')
    expect(document.activeElement).toBe(apiKeyField())

    await typeCredentials(GOOD)
    expect(apiKeyField().getAttribute('aria-invalid')).toBeNull()
    await paste(screen.getByRole('textbox', { name: 'API address' }), 'http://demo.example')
    await userEvent.click(testButton())
    await screen.findByText('Use an https:// address (or http:// on this computer)')
    expect(calls.test).toEqual([])
    expect(isDisabled(saveButton())).toBe(true)
  })

  it('tests the connection, then saves and connects exactly the tested values', async () => {
    const calls = installFakeMain()
    const desk = await harness.freshDesk()
    renderSettings(desk)
    expect(isDisabled(saveButton())).toBe(true)

    await passTest()
    expect(calls.test).toEqual([GOOD])
    await waitFor(() => expect(isDisabled(saveButton())).toBe(false))
    await userEvent.click(saveButton())

    await screen.findByText('Now using Juniper Street Studio (America/Chicago).')
    expect(calls.connect).toEqual([GOOD])
    expect(useShellStore.getState().site).toMatchObject({ mode: 'wix', siteId: GOOD.siteId })
    expect(screen.queryByRole('alertdialog')).toBeNull()
    // A fresh form: the key is not kept on screen.
    expect((apiKeyField() as HTMLInputElement).value).toBe('')
    screen.getByRole('button', { name: 'Disconnect' })
  })

  it('sends a chosen API address along', async () => {
    const calls = installFakeMain()
    const desk = await harness.freshDesk()
    renderSettings(desk)
    await typeCredentials(GOOD)
    await paste(screen.getByRole('textbox', { name: 'API address' }), 'http://127.0.0.1:4010')
    await userEvent.click(testButton())
    await waitFor(() => expect(calls.test).toEqual([{ ...GOOD, apiBaseUrl: 'http://127.0.0.1:4010' }]))
  })

  it('says in words why a test failed, and offers no save', async () => {
    const calls = installFakeMain()
    const desk = await harness.freshDesk()
    renderSettings(desk)
    await typeCredentials({ ...GOOD, apiKey: `${GOOD.apiKey}-wrong` })
    await userEvent.click(testButton())

    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('Wix did not accept this API key for this site.')
    expect(alert.textContent).toContain('Not authenticated')
    expect(calls.test).toHaveLength(1)
    expect(isDisabled(saveButton())).toBe(true)
    expect(screen.queryByText(/^Connected to/)).toBeNull()
  })

  it('turns Save off again when a value changes after a successful test', async () => {
    const calls = installFakeMain()
    const desk = await harness.freshDesk()
    renderSettings(desk)
    await passTest()
    await waitFor(() => expect(isDisabled(saveButton())).toBe(false))

    // Still a well-formed key, but not the one tested.
    await userEvent.type(apiKeyField(), 'x')
    expect(apiKeyField().getAttribute('aria-invalid')).toBeNull()
    expect(isDisabled(saveButton())).toBe(true)
    screen.getByText(/The details changed since the test/)

    // Back to exactly what was tested: Save is offered again without a new test.
    await userEvent.type(apiKeyField(), '{Backspace}')
    await waitFor(() => expect(isDisabled(saveButton())).toBe(false))
    expect(calls.test).toHaveLength(1)
    expect(calls.connect).toEqual([])
  })
})

describe('Settings: pasted keys and what went wrong, in words', { timeout: 20_000 }, () => {
  const wixSays = (code: string, description: string) => ({
    message: description,
    details: { applicationError: { code, description, data: {} } },
  })

  it('cleans a pasted key and site ID of invisible characters before testing them', async () => {
    const calls = installFakeMain()
    const desk = await harness.freshDesk()
    renderSettings(desk)
    await typeCredentials({
      apiKey: `\u200B${GOOD.apiKey.slice(0, 12)}\u2060${GOOD.apiKey.slice(12)}\uFEFF`,
      siteId: `\u200E${GOOD.siteId}\u00A0`,
    })
    await userEvent.click(testButton())
    await screen.findByText('Connected to Juniper Street Studio (America/Chicago)')
    expect(calls.test).toEqual([GOOD])
    await waitFor(() => expect(isDisabled(saveButton())).toBe(false))
    await userEvent.click(saveButton())
    await waitFor(() => expect(calls.connect).toEqual([GOOD]))
  })

  it('refuses a key with a character no key can hold, naming it, and sends nothing', async () => {
    const calls = installFakeMain()
    const desk = await harness.freshDesk()
    renderSettings(desk)
    await typeCredentials({ ...GOOD, apiKey: `${GOOD.apiKey}😀` })
    await userEvent.click(testButton())
    await screen.findByText(
      'The API key contains a character that cannot be part of a key (the emoji “😀”, U+1F600): paste it again from Wix',
    )
    expect(apiKeyField().getAttribute('aria-invalid')).toBe('true')
    expect(document.activeElement).toBe(apiKeyField())
    expect(calls.test).toEqual([])
    expect(screen.queryByText(/inside Rollcall/)).toBeNull()
  })

  it('does not send someone already in Settings to Settings when Wix refuses the key', async () => {
    installFakeMain(() => errorFromHttp(401, wixSays('UNAUTHENTICATED', 'The API key is not valid')))
    const desk = await harness.freshDesk()
    renderSettings(desk)
    await typeCredentials(GOOD)
    await userEvent.click(testButton())
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('Wix did not accept this API key for this site.')
    expect(alert.textContent).not.toMatch(/Settings/)
  })

  it('tells a wrong site ID apart from a key without the Bookings permission', async () => {
    let answer = errorFromHttp(403, wixSays('SITE_ACCESS_DENIED', 'The API key has no access to this site'))
    installFakeMain(() => answer)
    const desk = await harness.freshDesk()
    renderSettings(desk)
    await typeCredentials(GOOD)
    await userEvent.click(testButton())
    const wrongSite = await screen.findByRole('alert')
    expect(wrongSite.textContent).toContain('Wix has no site with this site ID for this API key.')
    expect(wrongSite.textContent).not.toMatch(/permission/i)

    answer = errorFromHttp(403, wixSays('PERMISSION_DENIED', 'Permission denied'))
    await userEvent.click(testButton())
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'This API key is not allowed to use Wix Bookings on this site. Give it the Bookings permissions',
      ),
    )
    expect(screen.getByRole('alert').textContent).not.toMatch(/no site with this site ID/)
  })

  it('names the address it could not reach: the one typed, or Wix', async () => {
    const refused = () =>
      errorFromFetchFailure(new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }))
    installFakeMain(refused)
    const desk = await harness.freshDesk()
    renderSettings(desk)
    await typeCredentials(GOOD)
    await userEvent.click(testButton())
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Rollcall could not reach Wix (https://www.wixapis.com).',
    )

    await paste(screen.getByRole('textbox', { name: 'API address' }), 'http://127.0.0.1:4010')
    await userEvent.click(testButton())
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'Rollcall could not reach http://127.0.0.1:4010. Check the address',
      ),
    )
  })

  it('names the address when the line drops between the test and the save', async () => {
    let down = false
    installFakeMain(() =>
      down
        ? errorFromFetchFailure(new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }))
        : undefined,
    )
    const desk = await harness.freshDesk()
    renderSettings(desk)
    await typeCredentials(GOOD)
    await paste(screen.getByRole('textbox', { name: 'API address' }), 'https://wix-proxy.example')
    await userEvent.click(testButton())
    await screen.findByText('Connected to Juniper Street Studio (America/Chicago)')
    down = true
    await waitFor(() => expect(isDisabled(saveButton())).toBe(false))
    await userEvent.click(saveButton())
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Rollcall could not reach https://wix-proxy.example.',
    )
  })
})

describe('Settings: switching sites keeps unsent changes', { timeout: 20_000 }, () => {
  it('asks before disconnecting with changes not yet on Wix; Stay does nothing, Switch anyway goes', async () => {
    const calls = installFakeMain()
    const desk = await harness.freshDesk()
    await queueCheckIns(desk)
    renderSettings(desk, wixStatus(GOOD))

    await userEvent.click(await disconnectButton())
    const question = await screen.findByRole('alertdialog', { name: '2 changes have not reached Wix yet' })
    expect(question.textContent).toContain(
      'They stay saved on this computer with Juniper Street Studio’s data, and go out to Wix when Juniper Street Studio is connected again.',
    )
    const stay = within(question).getByRole('button', { name: 'Stay on this site' })
    await waitFor(() => expect(document.activeElement).toBe(stay))
    await userEvent.click(stay)
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull())
    expect(calls.useDemo).toBe(0)
    expect(useShellStore.getState().site?.mode).toBe('wix')

    await userEvent.click(await disconnectButton())
    const again = await screen.findByRole('alertdialog')
    await userEvent.click(within(again).getByRole('button', { name: 'Switch anyway' }))
    await waitFor(() => expect(calls.useDemo).toBe(1))
    await waitFor(() => expect(useShellStore.getState().site?.mode).toBe('demo'))
    await screen.findByText('Now using the demo site.')
    // Nothing was dropped from the store.
    expect(await desk.db.outbox.where('state').equals('queued').count()).toBe(2)
  })

  it('counts refused changes too, and asks before connecting another site', async () => {
    const calls = installFakeMain()
    const desk = await harness.freshDesk()
    const pending = (await desk.db.bookings.where('status').equals('PENDING').toArray()).find(
      (b) => b.eventId,
    )
    if (!pending) throw new Error('no pending booking')
    await desk.engine.actions.confirm(pending.id)
    harness.demo.world.customerCancels(pending.id)
    harness.demo.advanceClock(10_000)
    await desk.engine.pushNow()
    await queueCheckIns(desk)
    renderSettings(desk)

    await passTest()
    await waitFor(() => expect(isDisabled(saveButton())).toBe(false))
    await userEvent.click(saveButton())
    const question = await screen.findByRole('alertdialog', { name: '3 changes have not reached Wix yet' })
    expect(question.textContent).toContain('1 of them needs a decision under Needs attention.')
    expect(question.textContent).toContain('demo site')
    expect(calls.connect).toEqual([])

    await userEvent.click(within(question).getByRole('button', { name: 'Switch anyway' }))
    await waitFor(() => expect(calls.connect).toEqual([GOOD]))
    await waitFor(() => expect(useShellStore.getState().site?.mode).toBe('wix'))
  })

  it('does not ask when nothing is waiting', async () => {
    const calls = installFakeMain()
    const desk = await harness.freshDesk()
    renderSettings(desk, wixStatus(GOOD))

    await userEvent.click(await disconnectButton())
    await waitFor(() => expect(calls.useDemo).toBe(1))
    expect(screen.queryByRole('alertdialog')).toBeNull()
    await waitFor(() => expect(useShellStore.getState().site?.mode).toBe('demo'))
  })

  it('does not ask when connecting the same Wix site with a new key (same store)', async () => {
    const calls = installFakeMain()
    const desk = await harness.freshDesk()
    await queueCheckIns(desk)
    renderSettings(desk, { ...wixStatus(GOOD), problem: null })

    await passTest()
    await waitFor(() => expect(isDisabled(saveButton())).toBe(false))
    await userEvent.click(saveButton())
    await waitFor(() => expect(calls.connect).toEqual([GOOD]))
    expect(screen.queryByRole('alertdialog')).toBeNull()
  })
})

describe('Settings: this desk and help', { timeout: 20_000 }, () => {
  it('keeps the staff name, the days kept and the notify default in the preferences', async () => {
    installFakeMain()
    const desk = await harness.freshDesk()
    renderSettings(desk)

    const name = screen.getByRole('textbox', { name: 'Your name' })
    await userEvent.clear(name)
    await userEvent.type(name, 'Maya Lee ')
    expect((name as HTMLInputElement).value).toBe('Maya Lee ')
    expect(usePreferences.getState().staffName).toBe('Maya Lee')
    expect(localStorage.getItem('rollcall.preferences')).toContain('"staffName":"Maya Lee"')

    const before = screen.getByRole('textbox', { name: 'Days before today' })
    await userEvent.clear(before)
    await userEvent.type(before, '3')
    await userEvent.tab()
    await waitFor(() => expect(usePreferences.getState().window.daysBefore).toBe(3))

    const after = screen.getByRole('textbox', { name: 'Days after today' })
    await userEvent.clear(after)
    await userEvent.type(after, '45')
    await userEvent.tab()
    await waitFor(() => expect(usePreferences.getState().window).toEqual({ daysBefore: 3, daysAfter: 30 }))
    expect((after as HTMLInputElement).value).toBe('30')
    expect(localStorage.getItem('rollcall.preferences')).toContain('"daysAfter":30')

    const notify = screen.getByRole('switch', { name: 'Notify customers by default' })
    expect((notify as HTMLInputElement).checked).toBe(true)
    await userEvent.click(notify)
    expect(usePreferences.getState().notifyCustomers).toBe(false)
  })

  it('opens the keyboard shortcuts', async () => {
    installFakeMain()
    const desk = await harness.freshDesk()
    renderSettings(desk)
    await userEvent.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }))
    expect(useDeskUi.getState().shortcutsOpen).toBe(true)
    await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })
  })
})

describe('Settings: the logs folder', { timeout: 20_000 }, () => {
  /** main's app.openLogsFolder answering `answer`, its calls counted. */
  function installLogsFolder(answer: () => { path: string }) {
    const calls = { open: 0 }
    const defaults = sampleHandlers()
    installFakeBridge(
      sampleHandlers({
        app: {
          ...defaults.app,
          openLogsFolder: () => {
            calls.open++
            return answer()
          },
        },
      }),
    )
    return calls
  }

  it('asks main to open the logs folder, and says where it is', async () => {
    const calls = installLogsFolder(() => ({ path: '/home/desk/.config/Rollcall/logs' }))
    const desk = await harness.freshDesk()
    renderSettings(desk)
    const help = screen.getByRole('region', { name: 'Help' })
    within(help).getByText(/never holds API keys or customers’ contact details/)
    await userEvent.click(within(help).getByRole('button', { name: 'Open logs folder' }))
    expect(calls.open).toBe(1)
    const statuses = await within(help).findAllByRole('status')
    await waitFor(() =>
      expect(statuses.map((s) => s.textContent)).toContain('Opened /home/desk/.config/Rollcall/logs'),
    )
  })

  it('says in words when there is no logs folder (Rollcall in a browser)', async () => {
    installLogsFolder(() => {
      throw new IpcFailure({
        kind: 'not_found',
        code: 'NO_LOGS_FOLDER',
        message: 'There is no logs folder in the browser mode.',
        retryable: false,
        mayHaveReachedServer: false,
      })
    })
    const desk = await harness.freshDesk()
    renderSettings(desk)
    const help = screen.getByRole('region', { name: 'Help' })
    await userEvent.click(within(help).getByRole('button', { name: 'Open logs folder' }))
    expect((await within(help).findByRole('alert')).textContent).toBe(
      'There is no logs folder in the browser mode.',
    )
  })
})
