import { redact } from './redact'

/** What main logs through: the app's log file (./log.ts), or the console (the web host, tests). */
export interface Log {
  error(...data: unknown[]): void
  warn(...data: unknown[]): void
  info(...data: unknown[]): void
  debug(...data: unknown[]): void
}

/** The console, redacted all the same: for the web host, which has no log file. */
export const consoleLog: Log = {
  error: (...data) => console.error(...data.map(redact)),
  warn: (...data) => console.warn(...data.map(redact)),
  info: (...data) => console.info(...data.map(redact)),
  debug: (...data) => console.debug(...data.map(redact)),
}
