import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react'
import type { RollcallDb } from '../db/schema'
import { rollcall } from '../ipc/rollcall'
import { effectiveConnectivity, useShellStore } from '../state/shell-store'
import { createSyncEngine, type SyncEngine } from './engine'
import { initialSyncState, type SyncEngineState } from './engine-state'

const SyncEngineContext = createContext<SyncEngine | null>(null)

export interface SyncEngineProviderProps {
  db: RollcallDb
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
  const siteProblem = useShellStore((s) => s.site?.problem ?? null)
  const online = useShellStore((s) => effectiveConnectivity(s) !== 'offline')
  // Building an engine has no side effects; starting it (timers, network) happens in the effect below.
  const engine = useMemo(() => {
    if (!ready || !siteId) return null
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
      staff: () => 'Front desk',
    })
  }, [db, ready, siteId])

  useEffect(() => {
    if (!engine) return
    engine.setOnline(effectiveConnectivity(useShellStore.getState()) !== 'offline')
    void engine.start()
    return () => void engine.stop()
  }, [engine])

  useEffect(() => engine?.setOnline(online), [engine, online])
  useEffect(() => {
    if (!siteProblem) engine?.resume()
  }, [engine, siteProblem])

  return <SyncEngineContext.Provider value={engine}>{children}</SyncEngineContext.Provider>
}

/** The engine, for actions; null until the store and the site are ready. */
export function useSyncEngine(): SyncEngine | null {
  return useContext(SyncEngineContext)
}

const noSubscription = () => () => {}

/** The engine's state for the UI, re-rendering on every change. */
export function useSyncState(): SyncEngineState {
  const engine = useSyncEngine()
  return useSyncExternalStore(
    engine ? engine.subscribe : noSubscription,
    engine ? engine.getState : () => initialSyncState,
  )
}
