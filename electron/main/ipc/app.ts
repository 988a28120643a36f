import type { AppInfo } from '@shared/ipc/app'
import type { LogsFolder } from '../logs/logs-folder'
import type { UpdateController } from '../updates/update-controller'
import { IpcFailure } from './failure'
import type { DomainHandlers } from './handlers'

export interface AppHandlerDeps {
  appInfo: () => AppInfo
  /** The app's updates; null where Rollcall never updates itself (the web host). */
  updates: UpdateController | null
  /** Where the log file is; null where there is none (the web host logs to its terminal). */
  logsFolder: LogsFolder | null
}

export function appHandlers(deps: AppHandlerDeps): DomainHandlers<'app'> {
  return {
    info: () => deps.appInfo(),
    updateStatus: () => deps.updates?.status() ?? { state: 'idle' },
    installUpdate: () => {
      const { updates } = deps
      if (!updates)
        throw new IpcFailure({
          kind: 'rejected',
          code: 'NO_UPDATES',
          message: 'Rollcall in a browser does not update itself: there is nothing to install.',
          retryable: false,
          mayHaveReachedServer: false,
        })
      const { version = '' } = updates.status()
      if (!updates.install())
        throw new IpcFailure({
          kind: 'rejected',
          code: 'NO_UPDATE_READY',
          message: 'No update is ready to install.',
          retryable: false,
          mayHaveReachedServer: false,
        })
      return { version }
    },
    openLogsFolder: async () => {
      const folder = deps.logsFolder
      if (!folder)
        throw new IpcFailure({
          kind: 'not_found',
          code: 'NO_LOGS_FOLDER',
          message:
            'There is no logs folder in the browser mode: Rollcall in a browser writes its log to the terminal it was started from.',
          retryable: false,
          mayHaveReachedServer: false,
        })
      const problem = await folder.open()
      if (problem)
        throw new IpcFailure({
          kind: 'not_found',
          code: 'LOGS_FOLDER_NOT_OPENED',
          message: `The logs folder could not be opened (${problem}). It is ${folder.path}`,
          retryable: true,
          mayHaveReachedServer: false,
        })
      return { path: folder.path }
    },
  }
}
