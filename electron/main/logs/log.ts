import { existsSync, renameSync, rmSync } from 'node:fs'
import { join, parse } from 'node:path'
// The Node flavour of electron-log: the same file transport, without electron-log/main's extras — it would
// register its own ipcMain channels and, in development, send every log line to the windows. Main's log
// stays in main.
import electronLog from 'electron-log/node'
import type { Log } from './console-log'
import { redact } from './redact'

export type { Log } from './console-log'

export const LOG_FILE_NAME = 'main.log'
/** A log file is archived once it passes this size. */
export const DEFAULT_MAX_LOG_BYTES = 1024 * 1024
/** Archives kept beside the current file: main.1.log (the newest) … main.3.log. */
export const DEFAULT_KEPT_ARCHIVES = 3

export interface LogOptions {
  /** The logs folder (the app: `<user data>/logs`). */
  directory: string
  /** Also print to the terminal (development). */
  console: boolean
  maxBytes?: number
  keptArchives?: number
}

export interface FileLog extends Log {
  /** The current log file. */
  file: string
  directory: string
}

/** main.log → main.1.log, main.1.log → main.2.log, …; the oldest archive is dropped. */
export function archiveLogFile(file: string, keptArchives: number): void {
  const { dir, name, ext } = parse(file)
  const archive = (n: number) => join(dir, `${name}.${String(n)}${ext}`)
  rmSync(archive(keptArchives), { force: true })
  for (let n = keptArchives - 1; n >= 1; n--) {
    if (existsSync(archive(n))) renameSync(archive(n), archive(n + 1))
  }
  if (keptArchives >= 1) renameSync(file, archive(1))
  else rmSync(file, { force: true })
}

let instances = 0

/**
 * Main's log: a file in `directory` (info and up) that is archived past `maxBytes`, keeping
 * `keptArchives` old files, and the console in development. Every argument of every call goes through
 * `redact` first (an electron-log hook, for every transport), so no API key, token or customer contact
 * detail is ever written, whatever a caller passes.
 */
export function createFileLog(options: LogOptions): FileLog {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_LOG_BYTES
  const keptArchives = options.keptArchives ?? DEFAULT_KEPT_ARCHIVES
  const file = join(options.directory, LOG_FILE_NAME)
  const logger = electronLog.create({ logId: `rollcall-${String(++instances)}` })

  logger.hooks.push((message) => ({ ...message, data: message.data.map(redact) }))

  const fileTransport = logger.transports.file
  // electron-log reads the app's name for its default path even when the path is given: never guess.
  fileTransport.setAppName('Rollcall')
  fileTransport.resolvePathFn = () => file
  fileTransport.level = 'info'
  fileTransport.maxSize = maxBytes
  fileTransport.archiveLogFn = (oldFile) => {
    try {
      archiveLogFile(oldFile.path, keptArchives)
    } catch {
      oldFile.clear() // Could not rename (a file held open elsewhere): start afresh rather than grow.
    }
  }
  // Only this user may read it.
  fileTransport.writeOptions = { flag: 'a', mode: 0o600, encoding: 'utf8' }

  logger.transports.console.level = options.console ? 'debug' : false
  // The console of the moment (electron-log keeps the one it found when it loaded).
  logger.transports.console.writeFn = ({ message }) => {
    const level = message.level === 'verbose' ? 'info' : message.level === 'silly' ? 'debug' : message.level
    console[level](...(message.data as unknown[]))
  }
  // Nothing leaves the file and the terminal: no log lines to the windows, none over the network.
  for (const transport of [logger.transports.ipc, logger.transports.remote]) {
    if (transport) transport.level = false
  }

  return {
    file,
    directory: options.directory,
    error: (...data) => logger.error(...data),
    warn: (...data) => logger.warn(...data),
    info: (...data) => logger.info(...data),
    debug: (...data) => logger.debug(...data),
  }
}
