import { createConnectivityMonitor } from '../../../electron/main/connectivity'
import { appHandlers } from '../../../electron/main/ipc/app'
import { attendanceHandlers } from '../../../electron/main/ipc/attendance'
import { bookingsHandlers } from '../../../electron/main/ipc/bookings'
import { connectivityHandlers } from '../../../electron/main/ipc/connectivity'
import { createDispatcher, type Dispatch } from '../../../electron/main/ipc/dispatch'
import { servicesHandlers } from '../../../electron/main/ipc/services'
import { sessionsHandlers } from '../../../electron/main/ipc/sessions'
import { siteHandlers } from '../../../electron/main/ipc/site'
import type { SiteConnection } from '../../../electron/main/site/site-connection'
import { sampleAppInfo } from './fixtures'

/** Main's real dispatcher with every domain's real handlers over one site connection (an online line). */
export function dispatcherOver(site: SiteConnection): Dispatch {
  return createDispatcher({
    handlers: {
      app: appHandlers({ appInfo: () => sampleAppInfo, updates: null, logsFolder: null }),
      connectivity: connectivityHandlers(
        createConnectivityMonitor({ probe: () => Promise.resolve({ online: true }) }),
      ),
      site: siteHandlers(site),
      bookings: bookingsHandlers(site),
      attendance: attendanceHandlers(site),
      sessions: sessionsHandlers(site),
      services: servicesHandlers(site),
    },
    isTrustedSender: () => true,
  })
}
