import { createContext, useContext, type ReactNode } from 'react'
import type { RollcallDb } from './schema'

const DatabaseContext = createContext<RollcallDb | null>(null)

/** The open store of the site in use, for the screens' live queries. */
export function DatabaseProvider({ db, children }: { db: RollcallDb | null; children: ReactNode }) {
  return <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>
}

export function useDb(): RollcallDb {
  const db = useContext(DatabaseContext)
  if (!db) throw new Error('useDb() needs a <DatabaseProvider> above it')
  return db
}
