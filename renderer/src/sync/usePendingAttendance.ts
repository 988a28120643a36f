import type { AttendanceStatus } from '@shared/wix/attendance'
import { useEffect, useMemo } from 'react'
import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import {
  withPending,
  type PendingState,
  type SessionPending,
  type ShownAttendance,
} from './pending-attendance'
import { useSyncEngine } from './SyncEngineProvider'

const nothingPending = createStore<PendingState>()(() => ({ byEvent: {} }))

/** The presses a session's rows show before the store has them (the engine's), re-rendering on change. */
export function useSessionPending(eventId: string): SessionPending | undefined {
  const engine = useSyncEngine()
  return useStore(engine?.pendingAttendance.store ?? nothingPending, (s) => s.byEvent[eventId])
}

/**
 * A session's rows as every screen shows them: the store's, with the presses not in it yet over them; tells
 * the engine which presses the store has caught up with (they would hide what changes the row next).
 */
export function useShownAttendees<T extends { booking: { id: string } } & ShownAttendance>(
  eventId: string,
  attendees: readonly T[],
): readonly T[] {
  const engine = useSyncEngine()
  const session = useSessionPending(eventId)
  useEffect(() => {
    if (!session || !engine) return
    const stored = new Map<string, AttendanceStatus>(attendees.map((e) => [e.booking.id, e.attendance]))
    engine.pendingAttendance.caughtUp(eventId, stored)
  }, [engine, eventId, attendees, session])
  return useMemo(() => withPending(attendees, session), [attendees, session])
}
