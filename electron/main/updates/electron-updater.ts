import { autoUpdater, type AppUpdater } from 'electron-updater'
import type { Log } from '../logs/console-log'
import type { UpdaterEvents, UpdaterPort } from './update-controller'

/**
 * The update controller's port over electron-updater's autoUpdater (the only file that imports
 * electron-updater). The updater reads where to look from the `app-update.yml` electron-builder writes
 * from its `publish` setting (GitHub releases). It is set up on first use only, so a build that never
 * checks (development, the demo site) never creates it.
 *
 * - downloads as soon as an update is found (in the background);
 * - installs on a normal quit if the desk never pressed "Restart to update" (autoInstallOnAppQuit) — never
 *   while the app runs unless the controller calls `quitAndInstall`;
 * - no pre-releases, no downgrades;
 * - logs through main's (redacted) log.
 */
export function electronUpdater(log: Log): UpdaterPort {
  let updater: AppUpdater | null = null
  const get = (): AppUpdater => {
    if (updater) return updater
    updater = autoUpdater
    updater.logger = log
    updater.autoDownload = true
    updater.autoInstallOnAppQuit = true
    updater.allowPrerelease = false
    updater.allowDowngrade = false
    return updater
  }
  return {
    checkForUpdates: () => get().checkForUpdates(),
    on<E extends keyof UpdaterEvents>(event: E, listener: UpdaterEvents[E]) {
      get().on(event, listener as never)
    },
    // Not silent (the installer may show its progress), and Rollcall opens again once it is installed.
    quitAndInstall: () => get().quitAndInstall(false, true),
  }
}
