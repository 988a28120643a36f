import type { PullProgress } from './pull'
import { noneSetAside, type SetAsideCounts } from './set-aside'

/** Where the desk mends a key Wix refuses, as the paused sync says it (Settings says it another way). */
export const RECONNECT_IN_SETTINGS = 'Reconnect the site in Settings'
/** The same, said on the Settings screen itself: the Site section is right there. */
export const RECONNECT_HERE = 'Connect the site again in the Site section below'

export type SyncPhase = 'idle' | 'pulling' | 'pushing' | 'paused-auth' | 'error'

/** What the UI shows about sync: always current, pushed to subscribers on every change. */
export interface SyncEngineState {
  online: boolean
  phase: SyncPhase
  /** Changes recorded here and not yet on Wix. */
  pendingCount: number
  /** Changes Wix refused or Rollcall could not send, waiting for a person. */
  attentionCount: number
  /** Local time (ms) of the last sync that pulled and pushed without trouble. */
  lastSyncedAt: number | null
  /** During a pull: how far it is (a progress bar on the first sync). */
  progress: PullProgress | null
  /** Has a full pull ever completed here (the store holds the window)? */
  hasData: boolean
  /** Why the last run stopped short, in words. */
  problem: string | null
  /**
   * Records from Wix main could not read and set aside (logged there), as the last full pull counted them —
   * raised by any later pull that meets more (see ./set-aside.ts).
   */
  setAside: SetAsideCounts
}

export const initialSyncState: SyncEngineState = {
  online: true,
  phase: 'idle',
  pendingCount: 0,
  attentionCount: 0,
  lastSyncedAt: null,
  progress: null,
  hasData: false,
  problem: null,
  setAside: noneSetAside,
}

export function createStateCell(initial: SyncEngineState) {
  let state = initial
  const listeners = new Set<(state: SyncEngineState) => void>()
  return {
    get: () => state,
    set(changes: Partial<SyncEngineState>) {
      state = { ...state, ...changes }
      for (const listener of listeners) listener(state)
    },
    subscribe(listener: (state: SyncEngineState) => void) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
}
