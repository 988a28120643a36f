import { randomUUID } from 'node:crypto'
import type { DemoClock } from './clock'
import { faultSpecSchema, type ActiveFault, type FaultInjector, type FaultSpec } from './faults'
import type { PermissionScope } from '@shared/wix/permissions'
import { everyScope, type SiteCredentials } from './http/auth'
import type { TokenBucket } from './http/rate-limit'
import type { DemoData } from './model'
import { oddRecordSpecSchema, type OddRecordSpec } from './odd-records'
import { createOutsideWorld, type OutsideWorld } from './outside-world'
import type { RequestLog, RequestLogEntry } from './request-log'
import type { DemoSiteState } from './site-state'

/**
 * Test and demo controls. The same operations are methods on the object startDemoSite returns (in-process)
 * and, only when started with `control: true` / `--control`, HTTP endpoints under /__control (control.ts ↔
 * control-routes.ts).
 */
export interface DemoSiteControl {
  /** Re-seed around the demo clock's current day; faults and the request log are cleared. */
  reset(options?: { seed?: number; bookings?: number }): void
  injectFault(spec: FaultSpec): ActiveFault
  clearFaults(): void
  faults(): ActiveFault[]
  /** The demo clock, ISO. */
  now(): string
  setNow(at: string | number | Date): string
  advanceClock(ms: number): string
  /** Requests per minute (Infinity: unlimited); the bucket starts full. */
  setRateLimit(perMinute: number): void
  /** A deep copy of everything the site holds. */
  state(): DemoData
  requestLog(): RequestLogEntry[]
  clearRequestLog(): void
  /**
   * The site owner regenerates the API key (or revokes it and makes a new one): from now on the old key is
   * refused with 401, as Wix does; answers the new key.
   */
  rotateApiKey(): string
  /**
   * The site owner edits the key's permissions in the API Keys Manager: from now on (until a reset, which gives
   * it every scope again) a call that needs a scope the key lacks is refused with 403, as Wix does. Answers the
   * key's scopes.
   */
  setKeyScopes(scopes: readonly PermissionScope[]): PermissionScope[]
  /**
   * From now on (until a reset) the read APIs serve this booking or session out of shape: the given fields
   * set or removed (see odd-records.ts). What a real site may send and the demo site never does on its own.
   */
  serveOddly(spec: OddRecordSpec): void
  readonly world: OutsideWorld
}

export interface ControlDeps {
  site: DemoSiteState
  clock: DemoClock
  faults: FaultInjector
  bucket: TokenBucket
  log: RequestLog
  /** The credentials the API checks (the same object: a rotation takes effect on the next request). */
  credentials: SiteCredentials
}

function toMs(at: string | number | Date): number {
  const ms = at instanceof Date ? at.getTime() : typeof at === 'number' ? at : Date.parse(at)
  if (Number.isNaN(ms)) throw new Error(`not a date: ${String(at)}`)
  return ms
}

export function createControl(deps: ControlDeps): DemoSiteControl {
  const { site, clock, faults, bucket, log, credentials } = deps
  return {
    reset(options = {}) {
      site.reset(options)
      credentials.scopes = everyScope()
      faults.clear()
      log.clear()
      bucket.configure(bucket.perMinute)
    },
    injectFault: (spec) => faults.add(faultSpecSchema.parse(spec)),
    clearFaults: () => faults.clear(),
    faults: () => faults.list(),
    now: () => clock.nowIso(),
    setNow(at) {
      clock.setNow(toMs(at))
      return clock.nowIso()
    },
    advanceClock(ms) {
      if (!Number.isFinite(ms)) throw new Error('advanceClock needs a finite number of ms')
      clock.advanceBy(ms)
      return clock.nowIso()
    },
    setRateLimit(perMinute) {
      if (!(perMinute > 0)) throw new Error('perMinute must be positive (Infinity for no limit)')
      bucket.configure(perMinute)
    },
    state: () => site.store.snapshot(),
    requestLog: () => log.list(),
    clearRequestLog: () => log.clear(),
    rotateApiKey() {
      credentials.apiKey = `demo-key-${randomUUID()}`
      return credentials.apiKey
    },
    setKeyScopes(scopes) {
      credentials.scopes = new Set(scopes)
      return [...credentials.scopes]
    },
    serveOddly: (spec) => site.oddRecords.add(oddRecordSpecSchema.parse(spec)),
    world: createOutsideWorld(site),
  }
}
