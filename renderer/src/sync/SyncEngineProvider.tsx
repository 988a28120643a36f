import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react'
import type { RollcallDb } from '../db/schema'
import { rollcall } from '../ipc/rollcall'
import { staffLabel, usePreferences } from '../state/preferences'
import { effectiveConnectivity, useShellStore } from '../frame/shell-store'
import { createSyncEngine, type SyncEngine } from './engine'
import { initialSyncState, type SyncEngineState } from './engine-state'
import { UNDO_WINDOW_MS } from '@shared/domain/undo-window'

const SyncEngineContext = createContext<SyncEngine | null>(null)

// How long an action can be undone: declared in shared/ (the end-to-end tests wait it out too).
export { UNDO_WINDOW_MS }

/** Gives the screens an engine made elsewhere (tests run one against the demo site). */
export function ProvideSyncEngine({ engine, children }: { engine: SyncEngine | null; children: ReactNode }) {
  return <SyncEngineContext.Provider value={engine}>{children}</SyncEngineContext.Provider>
}

export interface SyncEngineProviderProps {
  db: RollcallDb | null
  /** The store is open (see useDatabaseStatus); the engine starts only then. */
  ready: boolean
  children: ReactNode
}

/**
 * Runs the sync engine for the app: started once the store is open and the site is known, told when the
 * line goes and comes back, resumed when the site is reconnected (after an auth pause), stopped on unmount.
 */
export function SyncEngineProvider({ db, ready, children }: SyncEngineProviderProps) {
  const siteId = useShellStore((s) => s.site?.siteId ?? null)
  const site = useShellStore((s) => s.site)
  const online = useShellStore((s) => effectiveConnectivity(s) !== 'offline')
  // Building an engine has no side effects; starting it (timers, network) happens in the effect below.
  const engine = useMemo(() => {
    if (!db || !ready || !siteId) return null
    let gateway
    try {
      gateway = rollcall()
    } catch {
      return null // The frame already shows the bridge problem.
    }
    return createSyncEngine({
      db,
      gateway,
      timeZone: () => useShellStore.getState().site?.timeZone ?? 'UTC',
      keyId: () => useShellStore.getState().site?.keyId ?? null,
      staff: staffLabel,
      span: () => usePreferences.getState().window,
      undoWindowMs: UNDO_WINDOW_MS,
    })
  }, [db, ready, siteId])

  useEffect(() => {
    if (!engine) return
    engine.setOnline(effectiveConnectivity(useShellStore.getState()) !== 'offline')
    void engine.start()
    return () => void engine.stop()
  }, [engine])

  useEffect(() => engine?.setOnline(online), [engine, online])
  // Every new word from main about the site (a reconnect in Settings with a new key for the same site, too)
  // ends an auth pause: the next replay finds out whether the key is good now.
  useEffect(() => {
    if (site && !site.problem) engine?.resume()
  }, [engine, site])

  return <ProvideSyncEngine engine={engine}>{children}</ProvideSyncEngine>
}

/** The engine, for actions; null until the store and the site are ready. */
export function useSyncEngine(): SyncEngine | null {
  return useContext(SyncEngineContext)
}

const noSubscription = () => () => {}

/** The engine's state for the UI, re-rendering on every change. */
export function useSyncState(): SyncEngineState {
  return useSyncValue(same)
}

const same = (state: SyncEngineState) => state

/**
 * One value of the engine's state, re-rendering only when it changes (`Object.is`): a screen that shows
 * whether there is data need not draw again for every page a pull reads (its `progress` moves each time).
 * `select` must answer a value the state holds, or a primitive, not a new object each call.
 */
export function useSyncValue<T>(select: (state: SyncEngineState) => T): T {
  const engine = useSyncEngine()
  return useSyncExternalStore(engine ? engine.subscribe : noSubscription, () =>
    select(engine ? engine.getState() : initialSyncState),
  )
}
