import type { ConnectivityStatus } from '@shared/ipc/connectivity'

/** One look at the line: can we reach the outside world (and, once connected, the bookings API)? */
export interface ProbeResult {
  online: boolean
  reason?: string
}

export type ConnectivityProbe = () => Promise<ProbeResult>

export interface ConnectivityMonitor {
  status(): ConnectivityStatus
  /** Probe now (concurrent calls share one probe). */
  check(): Promise<ConnectivityStatus>
  /** Feed an observation made elsewhere, e.g. a request to Wix that failed with a network error. */
  report(result: ProbeResult): ConnectivityStatus
  /** Called on every change of state (online ⇄ offline), not on every check. */
  subscribe(listener: (status: ConnectivityStatus) => void): () => void
  start(): void
  stop(): void
}

export interface ConnectivityMonitorOptions {
  probe: ConnectivityProbe
  /** How often to probe while running. */
  intervalMs?: number
  now?: () => Date
}

export function createConnectivityMonitor({
  probe,
  intervalMs = 15_000,
  now = () => new Date(),
}: ConnectivityMonitorOptions): ConnectivityMonitor {
  let current: ConnectivityStatus = { state: 'unknown', since: null, checkedAt: null, reason: null }
  const listeners = new Set<(status: ConnectivityStatus) => void>()
  let inFlight: Promise<ConnectivityStatus> | null = null
  let timer: ReturnType<typeof setInterval> | null = null

  function apply(result: ProbeResult): ConnectivityStatus {
    const at = now().toISOString()
    const state = result.online ? 'online' : 'offline'
    const changed = state !== current.state
    current = {
      state,
      since: changed ? at : current.since,
      checkedAt: at,
      reason: result.reason ?? (result.online ? null : 'No network connection'),
    }
    if (changed) for (const listener of listeners) listener(current)
    return current
  }

  async function runProbe(): Promise<ConnectivityStatus> {
    try {
      return apply(await probe())
    } catch (error) {
      return apply({
        online: false,
        reason: error instanceof Error ? error.message : 'Connection check failed',
      })
    }
  }

  const monitor: ConnectivityMonitor = {
    status: () => current,
    check() {
      inFlight ??= runProbe().finally(() => (inFlight = null))
      return inFlight
    },
    report: apply,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    start() {
      if (timer) return
      void monitor.check()
      timer = setInterval(() => void monitor.check(), intervalMs)
    },
    stop() {
      if (timer) clearInterval(timer)
      timer = null
    },
  }
  return monitor
}
