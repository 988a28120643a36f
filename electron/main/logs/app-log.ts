import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { app, shell } from 'electron'
import { createFileLog, type FileLog } from './log'
import type { LogsFolder } from './logs-folder'

/**
 * The app's log: `<user data>/logs/main.log` (rotated; see ./log.ts), and the terminal as well while
 * developing (`npm start`: the app is not packaged).
 */
export function openAppLog(): FileLog {
  return createFileLog({ directory: join(app.getPath('userData'), 'logs'), console: !app.isPackaged })
}

/** The logs folder, opened with the system's file manager (created first: no line may have been written yet). */
export function logsFolderAt(directory: string): LogsFolder {
  return {
    path: directory,
    async open() {
      try {
        mkdirSync(directory, { recursive: true })
      } catch (error) {
        return error instanceof Error ? error.message : String(error)
      }
      return shell.openPath(directory)
    },
  }
}
