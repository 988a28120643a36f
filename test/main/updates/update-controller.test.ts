import { EventEmitter } from 'node:events'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { UpdateStatus } from '@shared/ipc/app'
import {
  createUpdateController,
  DEFAULT_UPDATE_CHECK_INTERVAL_MS,
  updateCheckSkipReason,
  type UpdateControllerOptions,
  type UpdaterEvents,
  type UpdaterPort,
} from '../../../electron/main/updates/update-controller'

/** electron-updater's autoUpdater as the controller sees it: events the test emits, calls recorded. */
function fakeUpdater() {
  const events = new EventEmitter()
  let answer: () => Promise<unknown> = () => Promise.resolve(null)
  const updater = {
    checkForUpdates: vi.fn(() => answer()),
    on: vi.fn(<E extends keyof UpdaterEvents>(event: E, listener: UpdaterEvents[E]) => {
      events.on(event, listener)
    }),
    quitAndInstall: vi.fn(),
  } satisfies UpdaterPort
  return {
    updater,
    emit: <E extends keyof UpdaterEvents>(event: E, ...args: Parameters<UpdaterEvents[E]>) =>
      events.emit(event, ...args),
    /** What the next checkForUpdates does (like electron-updater, it emits its events while running). */
    answerWith(next: () => Promise<unknown>) {
      answer = next
    },
  }
}

const quietLog = { error: vi.fn(), warn: vi.fn(), info: vi.fn(), debug: vi.fn() }

function setup(overrides: Partial<UpdateControllerOptions> = {}) {
  const fake = fakeUpdater()
  const changes: UpdateStatus[] = []
  const controller = createUpdateController({
    updater: fake.updater,
    skipReason: () => null,
    log: quietLog,
    onChange: (status) => changes.push(status),
    ...overrides,
  })
  return { ...fake, controller, changes }
}

/** electron-updater's order of events for a release newer than this one. */
function releaseOf(fake: ReturnType<typeof fakeUpdater>, version: string) {
  fake.answerWith(() => {
    fake.emit('checking-for-update')
    fake.emit('update-available', { version })
    return Promise.resolve({ updateInfo: { version } })
  })
}

afterEach(() => {
  vi.useRealTimers()
  vi.clearAllMocks()
})

describe('updateCheckSkipReason', () => {
  it('checks only in an installed build connected to a Wix site', () => {
    expect(updateCheckSkipReason({ isPackaged: true, siteMode: 'wix' })).toBeNull()
    expect(updateCheckSkipReason({ isPackaged: false, siteMode: 'wix' })).toMatch(/development/)
    expect(updateCheckSkipReason({ isPackaged: true, siteMode: 'demo' })).toMatch(/demo site/)
    expect(updateCheckSkipReason({ isPackaged: true, siteMode: null })).toMatch(/demo site/)
  })
})

describe('the update controller', () => {
  it('never looks (nor touches the updater) when it may not: development, the demo site', async () => {
    const { controller, updater, changes } = setup({ skipReason: () => 'the demo site is in use' })
    controller.start()
    await controller.check()
    expect(updater.checkForUpdates).not.toHaveBeenCalled()
    expect(updater.on).not.toHaveBeenCalled()
    expect(controller.status()).toEqual({ state: 'idle' })
    expect(changes).toEqual([])
    controller.stop()
  })

  it('checks on start, downloads in the background, and says so at each step until ready', async () => {
    const fake = setup()
    releaseOf(fake, '0.2.0')
    fake.controller.start()
    await vi.waitFor(() =>
      expect(fake.controller.status()).toEqual({ state: 'downloading', version: '0.2.0' }),
    )
    expect(fake.updater.checkForUpdates).toHaveBeenCalledTimes(1)
    fake.emit('update-downloaded', { version: '0.2.0' })
    expect(fake.controller.status()).toEqual({ state: 'ready', version: '0.2.0' })
    expect(fake.changes).toEqual([
      { state: 'checking' },
      { state: 'downloading', version: '0.2.0' },
      { state: 'ready', version: '0.2.0' },
    ])
    fake.controller.stop()
  })

  it('goes back to idle when there is nothing newer, or when the updater answers nothing at all', async () => {
    const fake = setup()
    fake.answerWith(() => {
      fake.emit('checking-for-update')
      fake.emit('update-not-available', { version: '0.1.0' })
      return Promise.resolve(null)
    })
    await fake.controller.check()
    expect(fake.changes).toEqual([{ state: 'checking' }, { state: 'idle' }])
    fake.answerWith(() => Promise.resolve(null))
    await fake.controller.check()
    expect(fake.controller.status()).toEqual({ state: 'idle' })
  })

  it('logs a failed check or download, goes back to idle, and tries again next time', async () => {
    const fake = setup()
    fake.answerWith(() => Promise.reject(new Error('net::ERR_INTERNET_DISCONNECTED')))
    await fake.controller.check()
    expect(fake.controller.status()).toEqual({ state: 'idle' })
    expect(quietLog.warn).toHaveBeenCalledWith('Could not look for updates', expect.any(Error))

    releaseOf(fake, '0.2.0')
    await fake.controller.check()
    expect(fake.controller.status().state).toBe('downloading')
    fake.emit('error', new Error('sha512 checksum mismatch'))
    expect(fake.controller.status()).toEqual({ state: 'idle' })
    expect(quietLog.warn).toHaveBeenCalledWith('Update failed', expect.any(Error))
    expect(fake.updater.checkForUpdates).toHaveBeenCalledTimes(2)
  })

  it('looks again every few hours, but not while downloading or once an update is ready', async () => {
    vi.useFakeTimers()
    const fake = setup()
    fake.controller.start()
    await vi.advanceTimersByTimeAsync(0)
    expect(fake.updater.checkForUpdates).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(DEFAULT_UPDATE_CHECK_INTERVAL_MS)
    expect(fake.updater.checkForUpdates).toHaveBeenCalledTimes(2)

    releaseOf(fake, '0.2.0')
    await vi.advanceTimersByTimeAsync(DEFAULT_UPDATE_CHECK_INTERVAL_MS)
    expect(fake.controller.status().state).toBe('downloading')
    await vi.advanceTimersByTimeAsync(DEFAULT_UPDATE_CHECK_INTERVAL_MS)
    fake.emit('update-downloaded', { version: '0.2.0' })
    await vi.advanceTimersByTimeAsync(DEFAULT_UPDATE_CHECK_INTERVAL_MS * 3)
    expect(fake.updater.checkForUpdates).toHaveBeenCalledTimes(3)
    fake.controller.stop()
  })

  it('never installs on its own while the app runs, however long an update has been ready', async () => {
    vi.useFakeTimers()
    const fake = setup()
    releaseOf(fake, '0.2.0')
    fake.controller.start()
    await vi.advanceTimersByTimeAsync(0)
    fake.emit('update-downloaded', { version: '0.2.0' })
    await vi.advanceTimersByTimeAsync(DEFAULT_UPDATE_CHECK_INTERVAL_MS * 10)
    fake.emit('error', new Error('late error'))
    expect(fake.controller.status()).toEqual({ state: 'ready', version: '0.2.0' })
    expect(fake.updater.quitAndInstall).not.toHaveBeenCalled()
    fake.controller.stop()
  })

  it('installs only when asked, and only an update that is ready — once', async () => {
    const fake = setup()
    expect(fake.controller.install()).toBe(false)
    releaseOf(fake, '0.2.0')
    await fake.controller.check()
    expect(fake.controller.install()).toBe(false) // still downloading
    expect(fake.updater.quitAndInstall).not.toHaveBeenCalled()

    fake.emit('update-downloaded', { version: '0.2.0' })
    expect(fake.controller.install()).toBe(true)
    expect(fake.updater.quitAndInstall).toHaveBeenCalledTimes(1)
    expect(fake.controller.install()).toBe(false)
    expect(fake.updater.quitAndInstall).toHaveBeenCalledTimes(1)
    await fake.controller.check() // nothing more to look for while installing
    expect(fake.updater.checkForUpdates).toHaveBeenCalledTimes(1)
  })

  it('lets the desk ask again when quitAndInstall throws', async () => {
    const fake = setup()
    releaseOf(fake, '0.2.0')
    await fake.controller.check()
    fake.emit('update-downloaded', { version: '0.2.0' })
    fake.updater.quitAndInstall.mockImplementationOnce(() => {
      throw new Error('installer missing')
    })
    expect(() => fake.controller.install()).toThrow('installer missing')
    expect(fake.controller.install()).toBe(true)
  })
})
