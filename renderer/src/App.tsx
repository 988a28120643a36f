import { TodayView } from './features/today/TodayView'
import type { RollcallDb } from './db/schema'
import { useDatabaseStatus } from './db/useDatabaseStatus'
import { useShellBootstrap } from './shell/useShellBootstrap'
import { useShellStore } from './state/shell-store'
import { Header } from './ui/Header'
import { ProblemAlert } from './ui/ProblemAlert'
import { SyncEngineProvider } from './sync/SyncEngineProvider'

export interface AppProps {
  db: RollcallDb
}

/** The frame the front desk works in: header (business, connection) and the main area. */
export function App({ db }: AppProps) {
  useShellBootstrap()
  const database = useDatabaseStatus(db)
  const bridgeProblem = useShellStore((s) => s.bridgeProblem)
  return (
    <SyncEngineProvider db={db} ready={database.state === 'ready'}>
      <div className="app">
        <Header />
        <main className="main" aria-busy={database.state === 'opening' || database.state === 'blocked'}>
          {bridgeProblem && (
            <ProblemAlert title="Rollcall cannot reach its main process" detail={bridgeProblem} />
          )}
          {database.state === 'failed' || database.state === 'blocked' ? (
            <ProblemAlert title={database.problem.title} detail={database.problem.detail} />
          ) : (
            <TodayView />
          )}
        </main>
      </div>
    </SyncEngineProvider>
  )
}
