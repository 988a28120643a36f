import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useDeferredValue } from 'react'
import { useBusinessTimeZone, useBusinessToday, useClock } from '../../app/clock'
import { useDb } from '../../db/DatabaseProvider'
import { findAttendees, type AttendeeSearch } from '../../queries/search'

export interface AttendeeSearchState {
  /** The latest results; they may be for the text of a keystroke ago (see `AttendeeSearch.query`). */
  results: AttendeeSearch | undefined
  /** Runs the query for `text` now: Enter acts on what is in the box, not on results still catching up. */
  searchNow: (text: string) => Promise<AttendeeSearch>
}

/**
 * The search box's live results: re-run on each (deferred) keystroke and whenever the store changes, so a
 * check-in made elsewhere shows in the open list at once.
 */
export function useAttendeeSearch(text: string): AttendeeSearchState {
  const db = useDb()
  const now = useClock()
  const today = useBusinessToday()
  const timeZone = useBusinessTimeZone()
  const deferred = useDeferredValue(text)
  const results = useLiveQuery(
    () => findAttendees(db, deferred, { today, now: now(), timeZone }),
    [db, deferred, today, now, timeZone],
  )
  const searchNow = useCallback(
    (query: string) => findAttendees(db, query, { today, now: now(), timeZone }),
    [db, today, now, timeZone],
  )
  return { results, searchNow }
}
