import { useEffect, useMemo } from 'react'
import { Router } from 'wouter'
import { useHashLocation } from 'wouter/use-hash-location'
import { DeskRoutes } from './DeskRoutes'
import { DatabaseProvider } from '../db/DatabaseProvider'
import type { RollcallDb } from '../db/schema'
import { useDatabaseStatus, type DatabaseStatus } from '../db/useDatabaseStatus'
import { PersonCardDialog } from '../features/person/PersonCard'
import { ShortcutsDialog } from '../features/shortcuts/ShortcutsDialog'
import { useGlobalShortcuts } from '../features/shortcuts/useGlobalShortcuts'
import { Toasts } from '../desk-actions/Toasts'
import { UpdatePrompt } from '../features/update/UpdatePrompt'
import { WalkInDialog } from '../features/walk-in/WalkInDialog'
import { useShellBootstrap } from './useShellBootstrap'
import { useShellStore } from './shell-store'
import { SyncEngineProvider } from '../sync/SyncEngineProvider'
import { Header } from './Header'
import { ProblemAlert } from '../ui/ProblemAlert'

export interface AppProps {
  /** The store of a site, by its store key (one database per site; see SiteStatus.storeKey). */
  databaseFor: (storeKey: string) => RollcallDb
}

/**
 * The frame the front desk works in: the site from main, then that site's store (one per site, opened when
 * the site is known, closed when the desk switches to another), its sync engine and the screens.
 */
export function App({ databaseFor }: AppProps) {
  useShellBootstrap()
  const storeKey = useShellStore((s) => s.site?.storeKey ?? null)
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the store follows the site, not the factory's identity
  const db = useMemo(() => (storeKey ? databaseFor(storeKey) : null), [storeKey])
  useEffect(() => () => db?.close({ disableAutoOpen: false }), [db])
  const database = useDatabaseStatus(db)
  const ready = db !== null && database.state === 'ready'
  return (
    <Router hook={useHashLocation}>
      <SyncEngineProvider db={db} ready={ready}>
        <DatabaseProvider db={ready ? db : null}>
          <DeskFrame ready={ready} database={db ? database : null} />
        </DatabaseProvider>
      </SyncEngineProvider>
    </Router>
  )
}

function StoreState({ database }: { database: DatabaseStatus | null }) {
  if (!database) return <p className="main__waiting">Connecting to the bookings site…</p>
  if (database.state === 'opening') return <p className="main__waiting">Opening the local store…</p>
  if (database.state === 'ready') return null
  return <ProblemAlert title={database.problem.title} detail={database.problem.detail} />
}

function GlobalShortcuts() {
  useGlobalShortcuts()
  return null
}

export interface DeskFrameProps {
  /** The site's store is open: the screens, the search and the actions can run. */
  ready?: boolean
  /** How opening the store goes (null: no site yet); tests rendering a ready desk leave it out. */
  database?: DatabaseStatus | null
}

/**
 * Header (always), then — once the store is open — the screens, the status bar's toast, dialogs and the global keys; and,
 * whenever main has an update ready, the "Restart to update" bar above the status bar.
 */
export function DeskFrame({ ready = true, database = { state: 'ready' } }: DeskFrameProps) {
  const bridgeProblem = useShellStore((s) => s.bridgeProblem)
  return (
    <div className="app">
      <Header desk={ready} />
      <main className="main" aria-busy={!ready && database?.state !== 'failed'}>
        {bridgeProblem && (
          <ProblemAlert title="Rollcall cannot reach its main process" detail={bridgeProblem} />
        )}
        {ready ? <DeskRoutes /> : <StoreState database={database} />}
      </main>
      {/* Rows of the frame's grid under the screen, never over it (issue 21): the update bar while an update
          waits, then the status bar's one toast at a time. The screen's scroller gets shorter instead. */}
      <UpdatePrompt />
      <div className="statusbar">{ready && <Toasts />}</div>
      {ready && (
        <>
          <GlobalShortcuts />
          <ShortcutsDialog />
          <WalkInDialog />
          <PersonCardDialog />
        </>
      )}
    </div>
  )
}
