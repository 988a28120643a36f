import { EventEmitter } from 'node:events'
import { beforeEach, describe, expect, it, vi } from 'vitest'

/** electron-updater's autoUpdater: its settings as plain fields, its calls recorded. */
const autoUpdater = Object.assign(new EventEmitter(), {
  logger: null,
  autoDownload: false,
  autoInstallOnAppQuit: false,
  allowPrerelease: true,
  allowDowngrade: true,
  checkForUpdates: vi.fn(() => Promise.resolve(null)),
  quitAndInstall: vi.fn(),
})
const touched = vi.fn()
vi.mock('electron-updater', () => ({
  get autoUpdater() {
    touched()
    return autoUpdater
  },
}))

const { electronUpdater } = await import('../../../electron/main/updates/electron-updater')
const log = { error: vi.fn(), warn: vi.fn(), info: vi.fn(), debug: vi.fn() }

beforeEach(() => vi.clearAllMocks())

describe('the electron-updater adapter', () => {
  it('does not create the updater until it is used', () => {
    electronUpdater(log)
    expect(touched).not.toHaveBeenCalled()
  })

  it('downloads in the background, installs on a normal quit, takes no pre-release or downgrade, logs to main’s log', async () => {
    const port = electronUpdater(log)
    await port.checkForUpdates()
    expect(autoUpdater.checkForUpdates).toHaveBeenCalledTimes(1)
    expect(autoUpdater).toMatchObject({
      logger: log,
      autoDownload: true,
      autoInstallOnAppQuit: true,
      allowPrerelease: false,
      allowDowngrade: false,
    })
  })

  it('passes the updater’s events on', () => {
    const port = electronUpdater(log)
    const downloaded = vi.fn()
    port.on('update-downloaded', downloaded)
    autoUpdater.emit('update-downloaded', { version: '0.2.0' })
    expect(downloaded).toHaveBeenCalledWith({ version: '0.2.0' })
  })

  it('quits and installs with the installer visible, and starts Rollcall again afterwards', () => {
    electronUpdater(log).quitAndInstall()
    expect(autoUpdater.quitAndInstall).toHaveBeenCalledWith(false, true)
  })
})
