import type { SiteMode, UpdateStatus } from '@shared/ipc/app'
import type { Log } from '../logs/console-log'

/** What an update carries that main uses. */
export interface UpdateInfo {
  version: string
}

/** The events of electron-updater's autoUpdater that the controller listens to. */
export interface UpdaterEvents {
  'checking-for-update': () => void
  'update-available': (info: UpdateInfo) => void
  'update-not-available': (info: UpdateInfo) => void
  'update-downloaded': (info: UpdateInfo) => void
  error: (error: Error) => void
}

/** The slice of electron-updater's autoUpdater the controller drives (see ./electron-updater.ts). */
export interface UpdaterPort {
  /** Looks for a newer release, and downloads it in the background when there is one. */
  checkForUpdates(): Promise<unknown>
  on<E extends keyof UpdaterEvents>(event: E, listener: UpdaterEvents[E]): void
  /** Quits the app and installs the downloaded update, then starts the app again. */
  quitAndInstall(): void
}

/** Why main does not look for updates now, or null when it does. */
export function updateCheckSkipReason(facts: {
  isPackaged: boolean
  siteMode: SiteMode | null
}): string | null {
  if (!facts.isPackaged) return 'a development build (not packaged) never updates itself'
  if (facts.siteMode !== 'wix') return 'the demo site is in use'
  return null
}

/** Looks again this often while the app runs (front desks keep it open all day). */
export const DEFAULT_UPDATE_CHECK_INTERVAL_MS = 4 * 60 * 60 * 1000

export interface UpdateControllerOptions {
  updater: UpdaterPort
  /** Asked before each check: development and the demo site never look (see updateCheckSkipReason). */
  skipReason: () => string | null
  log: Log
  /** Every change of status (main pushes it to the renderer as `app.updateChanged`). */
  onChange: (status: UpdateStatus) => void
  intervalMs?: number
}

export interface UpdateController {
  status(): UpdateStatus
  /** Checks now, then every interval. */
  start(): void
  /** One check, unless one is under way, an update is downloading or ready, or checking is not allowed. */
  check(): Promise<void>
  /**
   * Quits and installs the update that is ready: the one thing that ever installs while the app runs, and
   * only called when the desk asks (app.installUpdate). False, and nothing happens, when none is ready.
   */
  install(): boolean
  stop(): void
}

/**
 * The app's updates, free of Electron: checks on start and every few hours (never in development or on the
 * demo site), lets electron-updater download in the background, and says where it stands — idle, checking,
 * downloading, ready — to whoever listens. It never installs on its own: only `install()` does, which main
 * calls when the renderer asks (after the desk pressed "Restart to update" and nothing was being sent).
 * A failed check or download is logged and the status goes back to idle; the next check tries again.
 */
export function createUpdateController(options: UpdateControllerOptions): UpdateController {
  const { updater, log } = options
  let current: UpdateStatus = { state: 'idle' }
  let listening = false
  let installing = false
  let timer: ReturnType<typeof setInterval> | undefined

  /** Read afresh: the updater's events change it while a check is awaited. */
  const stateNow = () => current.state

  function set(next: UpdateStatus): void {
    if (next.state === current.state && next.version === current.version) return
    current = next
    options.onChange(current)
  }

  /** Subscribes on the first real check, so a build that never checks never touches the updater at all. */
  function listen(): void {
    if (listening) return
    listening = true
    updater.on('checking-for-update', () => {
      if (current.state === 'idle') set({ state: 'checking' })
    })
    updater.on('update-available', (info) => {
      log.info(`Update ${info.version} found; downloading it in the background`)
      if (current.state !== 'ready') set({ state: 'downloading', version: info.version })
    })
    updater.on('update-not-available', () => {
      if (current.state === 'checking') set({ state: 'idle' })
    })
    updater.on('update-downloaded', (info) => {
      log.info(`Update ${info.version} downloaded; waiting for the desk to restart`)
      set({ state: 'ready', version: info.version })
    })
    updater.on('error', (error) => {
      log.warn('Update failed', error)
      if (current.state !== 'ready') set({ state: 'idle' })
    })
  }

  async function check(): Promise<void> {
    if (current.state !== 'idle' || installing) return
    const skip = options.skipReason()
    if (skip) {
      log.debug(`Not looking for updates: ${skip}`)
      return
    }
    listen()
    set({ state: 'checking' })
    try {
      await updater.checkForUpdates()
      // No event at all (the updater found nothing to do, e.g. no update configuration): nothing is coming.
      if (stateNow() === 'checking') set({ state: 'idle' })
    } catch (error) {
      log.warn('Could not look for updates', error)
      if (stateNow() !== 'ready') set({ state: 'idle' })
    }
  }

  return {
    status: () => current,
    start() {
      if (timer) return
      timer = setInterval(() => void check(), options.intervalMs ?? DEFAULT_UPDATE_CHECK_INTERVAL_MS)
      timer.unref?.()
      void check()
    },
    check,
    install() {
      if (current.state !== 'ready' || installing) return false
      installing = true
      log.info(`Restarting to install update ${current.version ?? ''}`.trim())
      try {
        updater.quitAndInstall()
      } catch (error) {
        installing = false
        throw error
      }
      return true
    },
    stop() {
      clearInterval(timer)
      timer = undefined
    },
  }
}
