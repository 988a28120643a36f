import type { Log } from '../logs/console-log'
import type { WixSdk } from './sdk'
import type { WixTransport } from './transport'

/** What each area of the client (reader, writer, attendance, calendar) needs to make calls. */
export interface WixCallContext {
  sdk: WixSdk
  transport: WixTransport
  /** Retries transient failures of an operation that is safe to repeat. */
  retry: <T>(operation: () => Promise<T>) => Promise<T>
  /** Retries only failures that prove nothing happened on the server (for creates, which Wix cannot dedupe). */
  retryUnsent: <T>(operation: () => Promise<T>) => Promise<T>
  /** Main's log (redacted): where records set aside are reported. */
  log: Log
}
