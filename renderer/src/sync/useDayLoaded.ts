import type { BusinessDay } from '@shared/domain/business-day'
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import type { RollcallDb } from '../db/schema'
import { dayLoadedOf, type DayLoaded, type DayState } from './loaded-days'
import { readSyncMemory } from './sync-memory'

/**
 * How much of `day`'s bookings is in the store, read apart from the day's rows: a screen listing a day reads
 * its rows again when this changes, not each time the sync memory is written (a first sync writes it as each
 * later day completes). Said with its day in one string, so an answer that did not change draws nothing, and
 * one for the day shown before is not taken for this one's. Undefined while it is read.
 */
export function useDayLoaded(db: RollcallDb, day: BusinessDay): DayLoaded | undefined {
  const said = useLiveQuery(async () => `${day}/${dayLoadedOf(await readSyncMemory(db), day)}`, [db, day])
  return said?.startsWith(`${day}/`) ? (said.slice(day.length + 1) as DayLoaded) : undefined
}

/**
 * A session's day and how much of it is in the store, read apart as `useDayLoaded` is, for a screen about one
 * session (its roster, its sheet, a decision's capacity line). Null when the session is not in the store;
 * undefined while it is read. The same object while the answer is the same.
 */
export function useSessionDayState(db: RollcallDb, eventId: string): DayState | null | undefined {
  const said = useLiveQuery(async () => {
    const event = await db.events.get(eventId)
    return event
      ? `${eventId}|${event.day}|${dayLoadedOf(await readSyncMemory(db), event.day)}`
      : `${eventId}|`
  }, [db, eventId])
  return useMemo(() => {
    if (!said?.startsWith(`${eventId}|`)) return undefined
    const rest = said.slice(eventId.length + 1)
    const cut = rest.indexOf('|')
    return cut < 0 ? null : { day: rest.slice(0, cut), loaded: rest.slice(cut + 1) as DayLoaded }
  }, [said, eventId])
}
