// Time is pinned here: the dates below are fixed data or the demo site's pinned clock, never the machine's date
// or zone (npm run test:clocks runs this file under moved clocks and zones).
import type { AppInfo } from '@shared/ipc/app'
import type { ConnectivityStatus } from '@shared/ipc/connectivity'
import type { SiteStatus } from '@shared/ipc/site'
import { IpcFailure } from '../../../electron/main/ipc/failure'
import type { HandlerRegistry } from '../../../electron/main/ipc/handlers'
import type { SenderInfo } from '../../../electron/main/ipc/sender-policy'

export const appOrigin = 'app://rollcall'

export const trustedSender: SenderInfo = {
  frameUrl: 'app://rollcall/index.html',
  isMainFrame: true,
  isOwnWindow: true,
}

export const sampleAppInfo: AppInfo = {
  name: 'Rollcall',
  version: '0.1.0',
  platform: 'linux',
  versions: { electron: '45.4.1' },
}

export const demoSiteStatus: SiteStatus = {
  mode: 'demo',
  siteId: 'd3e05173-0000-4000-8000-000000000001',
  businessName: 'Juniper Street Studio',
  timeZone: 'America/Chicago',
  apiBaseUrl: 'http://127.0.0.1:4010',
  problem: null,
  storeKey: 'demo-test',
  keyId: 'test-key',
}

/** For channels a test does not exercise: answering them would be a bug in the test. */
function unused(channel: string) {
  return () => {
    throw new IpcFailure({
      kind: 'internal',
      code: 'NOT_IN_THIS_TEST',
      message: `${channel} is not used here`,
      retryable: false,
      mayHaveReachedServer: false,
    })
  }
}

export const onlineStatus: ConnectivityStatus = {
  state: 'online',
  since: '2026-11-23T14:00:00.000Z',
  checkedAt: '2026-11-23T14:00:05.000Z',
  reason: null,
}

export function sampleHandlers(overrides: Partial<HandlerRegistry> = {}): HandlerRegistry {
  return {
    app: {
      info: () => sampleAppInfo,
      updateStatus: () => ({ state: 'idle' }),
      installUpdate: unused('app.installUpdate'),
      openLogsFolder: unused('app.openLogsFolder'),
    },
    connectivity: { status: () => onlineStatus },
    site: {
      status: () => demoSiteStatus,
      test: unused('site.test'),
      connect: unused('site.connect'),
      useDemo: unused('site.useDemo'),
      check: unused('site.check'),
    },
    bookings: {
      query: unused('bookings.query'),
      count: unused('bookings.count'),
      confirm: unused('bookings.confirm'),
      decline: unused('bookings.decline'),
      cancel: unused('bookings.cancel'),
      createWalkIn: unused('bookings.createWalkIn'),
      reschedule: unused('bookings.reschedule'),
      confirmVisit: unused('bookings.confirmVisit'),
      declineVisit: unused('bookings.declineVisit'),
      cancelVisit: unused('bookings.cancelVisit'),
    },
    attendance: {
      set: unused('attendance.set'),
      bulkSet: unused('attendance.bulkSet'),
      query: unused('attendance.query'),
    },
    sessions: { query: unused('sessions.query'), byIds: unused('sessions.byIds') },
    services: { walkInTerms: unused('services.walkInTerms') },
    ...overrides,
  }
}
