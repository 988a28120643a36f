import { useLiveQuery } from 'dexie-react-hooks'
import type { RollcallDb } from '../db/schema'
import { useSessionDayState } from '../sync/useDayLoaded'
import { sessionSummary, type SessionSummary } from './roster-view'

/**
 * One session's summary, live (a decision's capacity line, the person card's waitlist move), with the
 * session's day state read apart: not read again each time a first sync writes down another day it has
 * finished. Null when the session is not in the store; undefined while it is read.
 */
export function useSessionSummary(
  db: RollcallDb,
  eventId: string,
  timeZone: string,
): SessionSummary | null | undefined {
  const dayState = useSessionDayState(db, eventId)
  return useLiveQuery(
    () => (dayState === undefined ? undefined : sessionSummary(db, eventId, timeZone, dayState ?? undefined)),
    [db, eventId, timeZone, dayState],
  )
}
