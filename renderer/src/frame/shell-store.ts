import { create } from 'zustand'
import type { AppInfo, UpdateStatus } from '@shared/ipc/app'
import type { ConnectivityStatus } from '@shared/ipc/connectivity'
import type { SiteStatus } from '@shared/ipc/site'

/** UI state of the app frame. Domain data never lives here: it is in Dexie. */
export interface ShellState {
  appInfo: AppInfo | null
  /** The bookings site in use (demo or a connected Wix site): business name and time zone. */
  site: SiteStatus | null
  /** What the main process sees of the line to Wix. */
  connectivity: ConnectivityStatus
  /** What this browser context sees (navigator.onLine). */
  browserOnline: boolean
  /** A problem talking to the main process, in words for the desk. */
  bridgeProblem: string | null
  /** The app's own update, as main last said (see features/update). */
  update: UpdateStatus
  setAppInfo(info: AppInfo): void
  setSite(site: SiteStatus): void
  setConnectivity(status: ConnectivityStatus): void
  setBrowserOnline(online: boolean): void
  setBridgeProblem(problem: string | null): void
  setUpdate(update: UpdateStatus): void
}

export const initialConnectivity: ConnectivityStatus = {
  state: 'unknown',
  since: null,
  checkedAt: null,
  reason: null,
}

export const useShellStore = create<ShellState>()((set) => ({
  appInfo: null,
  site: null,
  connectivity: initialConnectivity,
  browserOnline: typeof navigator === 'undefined' ? true : navigator.onLine,
  bridgeProblem: null,
  update: { state: 'idle' },
  setAppInfo: (appInfo) => set({ appInfo }),
  setSite: (site) => set({ site }),
  setConnectivity: (connectivity) => set({ connectivity }),
  setBrowserOnline: (browserOnline) => set({ browserOnline }),
  setBridgeProblem: (bridgeProblem) => set({ bridgeProblem }),
  setUpdate: (update) => set({ update }),
}))

export type EffectiveConnectivity = 'checking' | 'online' | 'offline'

/** Offline if either side says so; the browser's own signal is the faster of the two. */
export function effectiveConnectivity(
  state: Pick<ShellState, 'connectivity' | 'browserOnline'>,
): EffectiveConnectivity {
  if (!state.browserOnline || state.connectivity.state === 'offline') return 'offline'
  return state.connectivity.state === 'online' ? 'online' : 'checking'
}
