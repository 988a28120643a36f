import { useCallback, useDeferredValue, useMemo } from 'react'
import { useBusinessTimeZone, useBusinessToday, useClock } from '../frame/clock'
import { useDb } from '../db/DatabaseProvider'
import { useLiveQueryWhile } from '../db/useLiveQueryWhile'
import { findAttendees, type AttendeeSearch } from './search'
import { useAttendeeIndex } from './index/useAttendeeIndex'

export interface AttendeeSearchState {
  /** The latest results; they may be for the text of a keystroke ago (see `AttendeeSearch.query`). */
  results: AttendeeSearch | undefined
  /** Runs the query for `text` now: Enter acts on what is in the box, not on results still catching up. */
  searchNow: (text: string) => Promise<AttendeeSearch>
}

/**
 * The search box's live results, from the in-memory index: computed in the render of the keystroke itself,
 * and again whenever a change in the store reaches the index (a check-in made elsewhere shows in the open
 * list at once). Until the index is built — the first seconds after the store opens — the store's query
 * answers instead, a keystroke behind.
 */
export function useAttendeeSearch(text: string): AttendeeSearchState {
  const db = useDb()
  const now = useClock()
  const today = useBusinessToday()
  const timeZone = useBusinessTimeZone()
  const snapshot = useAttendeeIndex(db)
  const index = snapshot.index
  const fromIndex = useMemo(
    () => snapshot.index?.find(text, { today, now: now(), timeZone }),
    [snapshot, text, today, now, timeZone],
  )
  const deferred = useDeferredValue(index ? '' : text)
  const fromStore = useLiveQueryWhile(
    !index,
    () => findAttendees(db, deferred, { today, now: now(), timeZone }),
    [db, deferred, today, now, timeZone],
  )
  const searchNow = useCallback(
    async (query: string) => {
      const ctx = { today, now: now(), timeZone }
      return index ? index.find(query, ctx) : findAttendees(db, query, ctx)
    },
    [db, index, today, now, timeZone],
  )
  return { results: index ? fromIndex : fromStore, searchNow }
}
