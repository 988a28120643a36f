import type { AppInfo } from '@shared/ipc/app'
import type { ConnectivityStatus } from '@shared/ipc/connectivity'
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
  site: { mode: 'demo', businessName: 'Juniper Street Studio', timeZone: 'America/Chicago' },
}

export const onlineStatus: ConnectivityStatus = {
  state: 'online',
  since: '2026-11-23T14:00:00.000Z',
  checkedAt: '2026-11-23T14:00:05.000Z',
  reason: null,
}

export function sampleHandlers(overrides: Partial<HandlerRegistry> = {}): HandlerRegistry {
  return {
    app: { info: () => sampleAppInfo },
    connectivity: { status: () => onlineStatus },
    ...overrides,
  }
}
