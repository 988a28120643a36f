import { useEffect, useSyncExternalStore } from 'react'
import type { RollcallDb } from '../../db/schema'
import { liveAttendeeIndexOf, type AttendeeIndexSnapshot } from './live-attendee-index'

/**
 * The store's in-memory search index while this component is mounted: null until built (the first seconds
 * after the store opens), then re-rendering the component whenever the store's changes reach it.
 */
export function useAttendeeIndex(db: RollcallDb): AttendeeIndexSnapshot {
  const live = liveAttendeeIndexOf(db)
  useEffect(() => live.retain(), [live])
  return useSyncExternalStore(live.subscribe, live.getSnapshot)
}
