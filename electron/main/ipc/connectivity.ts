import type { ConnectivityMonitor } from '../connectivity'
import type { DomainHandlers } from './handlers'

export function connectivityHandlers(monitor: ConnectivityMonitor): DomainHandlers<'connectivity'> {
  return {
    status: () => monitor.status(),
  }
}
