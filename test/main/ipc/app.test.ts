import { describe, expect, it, vi } from 'vitest'
import { createDispatcher } from '../../../electron/main/ipc/dispatch'
import { appHandlers, type AppHandlerDeps } from '../../../electron/main/ipc/app'
import type { LogsFolder } from '../../../electron/main/logs/logs-folder'
import { createUpdateController, type UpdaterEvents } from '../../../electron/main/updates/update-controller'
import { sampleAppInfo, sampleHandlers, trustedSender } from './fixtures'

const quietLog = { error: vi.fn(), warn: vi.fn(), info: vi.fn(), debug: vi.fn() }

/** The app channels through main's real dispatcher (input and output checked against the contract). */
function callerWith(deps: Partial<AppHandlerDeps>) {
  const dispatch = createDispatcher({
    handlers: sampleHandlers({
      app: appHandlers({ appInfo: () => sampleAppInfo, updates: null, logsFolder: null, ...deps }),
    }),
    isTrustedSender: () => true,
  })
  return (channel: string) => dispatch(channel, trustedSender, undefined)
}

/** A controller over a fake updater that has already downloaded `version`. */
async function readyController(version: string) {
  const listeners = new Map<string, (...args: unknown[]) => void>()
  const updater = {
    checkForUpdates: vi.fn(() => Promise.resolve(null)),
    on: vi.fn(<E extends keyof UpdaterEvents>(event: E, listener: UpdaterEvents[E]) => {
      listeners.set(event, listener as (...args: unknown[]) => void)
    }),
    quitAndInstall: vi.fn(),
  }
  const controller = createUpdateController({
    updater,
    skipReason: () => null,
    log: quietLog,
    onChange: () => {},
  })
  updater.checkForUpdates.mockImplementationOnce(() => {
    listeners.get('update-downloaded')?.({ version })
    return Promise.resolve(null)
  })
  await controller.check()
  return { controller, updater }
}

describe('the app channels: updates', () => {
  it('say idle, and install nothing, where Rollcall never updates itself (the web host)', async () => {
    const call = callerWith({ updates: null })
    expect(await call('app.updateStatus')).toEqual({ ok: true, data: { state: 'idle' } })
    expect(await call('app.installUpdate')).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: 'rejected', code: 'NO_UPDATES' }),
    })
  })

  it('refuse to install while no update is ready', async () => {
    const updater = { checkForUpdates: vi.fn(), on: vi.fn(), quitAndInstall: vi.fn() }
    const controller = createUpdateController({
      updater,
      skipReason: () => null,
      log: quietLog,
      onChange: () => {},
    })
    const result = await callerWith({ updates: controller })('app.installUpdate')
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'NO_UPDATE_READY', message: 'No update is ready to install.' },
    })
    expect(updater.quitAndInstall).not.toHaveBeenCalled()
  })

  it('report a ready update, and quit and install it when the renderer asks', async () => {
    const { controller, updater } = await readyController('0.2.0')
    const call = callerWith({ updates: controller })
    expect(await call('app.updateStatus')).toEqual({ ok: true, data: { state: 'ready', version: '0.2.0' } })
    expect(updater.quitAndInstall).not.toHaveBeenCalled()
    expect(await call('app.installUpdate')).toEqual({ ok: true, data: { version: '0.2.0' } })
    expect(updater.quitAndInstall).toHaveBeenCalledTimes(1)
  })
})

describe('the app channels: the logs folder', () => {
  it('opens the folder and says where it is', async () => {
    const folder: LogsFolder = {
      path: '/home/desk/.config/Rollcall/logs',
      open: vi.fn(() => Promise.resolve('')),
    }
    expect(await callerWith({ logsFolder: folder })('app.openLogsFolder')).toEqual({
      ok: true,
      data: { path: '/home/desk/.config/Rollcall/logs' },
    })
    expect(folder.open).toHaveBeenCalledTimes(1)
  })

  it('says in words why it could not, and where the folder is', async () => {
    const folder: LogsFolder = {
      path: 'C:\\Users\\desk\\AppData\\Roaming\\Rollcall\\logs',
      open: () => Promise.resolve('Access denied'),
    }
    const result = await callerWith({ logsFolder: folder })('app.openLogsFolder')
    expect(result).toMatchObject({ ok: false, error: { kind: 'not_found', code: 'LOGS_FOLDER_NOT_OPENED' } })
    if (result.ok) return
    expect(result.error.message).toContain('Access denied')
    expect(result.error.message).toContain(folder.path)
  })

  it('answers that there is no logs folder in the browser mode (the web host)', async () => {
    const result = await callerWith({ logsFolder: null })('app.openLogsFolder')
    expect(result).toMatchObject({ ok: false, error: { kind: 'not_found', code: 'NO_LOGS_FOLDER' } })
    if (!result.ok) expect(result.error.message).toMatch(/no logs folder in the browser mode/)
  })
})
