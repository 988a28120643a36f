import type { AttendanceStatus } from '@shared/wix/attendance'
import { createStore } from 'zustand/vanilla'

/**
 * The attendance a press set and the store does not show yet — the engine's, not a screen's.
 *
 * Recording a check-in (one Dexie transaction, then the live queries) takes a few frames; the desk expects
 * the row to change with the press. So the engine puts what an action will set here first, synchronously,
 * before it records (actions.ts: an action's `shows`), and every screen reads the store through
 * `withPending` / `pendingCheckedIn` with this over it. An entry goes when:
 * - its action is refused or the store fails: at once, the row shows the store again (a notice says why);
 * - the store shows the same (a screen reading it says so: `caughtUp`);
 * - an undo of its booking is asked for (an action's `forgets`): the undo is never hidden behind a press;
 * - the engine's next run or next recorded action, whichever comes first (`dropRecorded`): by then the store
 *   has long had the change, so a press whose row was never on screen (Find attendee) does not linger.
 * No timers: each of these is an event the engine or a screen already has.
 */
export interface PendingPress {
  status: AttendanceStatus
  /** The press it came from: a later press on the same row takes over, and only its own outcome clears it. */
  press: number
  /** The action was recorded: the row only waits for the store to say the same. */
  recorded: boolean
}

/** By booking id, for one session: a course booking has one attendance per session. */
export type SessionPending = Readonly<Record<string, PendingPress>>

export interface PendingState {
  /** By session id. */
  byEvent: Readonly<Record<string, SessionPending>>
}

export interface AttendanceKey {
  bookingId: string
  eventId: string
}

type Change = (session: SessionPending) => SessionPending

/** The session's entries without those `drop` picks (the same object when it picks none). */
function without(session: SessionPending, drop: (bookingId: string, pending: PendingPress) => boolean) {
  const kept = Object.entries(session).filter(([id, pending]) => !drop(id, pending))
  return kept.length === Object.keys(session).length ? session : Object.fromEntries(kept)
}

export function createPendingAttendance() {
  const store = createStore<PendingState>()(() => ({ byEvent: {} }))
  let lastPress = 0

  /** Applies `change` to one session's entries; keeps the state as is (no render) when nothing changed. */
  function update(eventId: string, change: Change) {
    store.setState((s) => {
      const before = s.byEvent[eventId] ?? {}
      const after = change(before)
      if (after === before) return s
      const others = Object.fromEntries(Object.entries(s.byEvent).filter(([id]) => id !== eventId))
      return { byEvent: Object.keys(after).length ? { ...others, [eventId]: after } : others }
    })
  }

  const everywhere = (change: Change) => {
    for (const eventId of Object.keys(store.getState().byEvent)) update(eventId, change)
  }

  return {
    store,
    /** Shows `status` on these rows at once; returns the press, for `settle`. */
    show(targets: readonly AttendanceKey[], status: AttendanceStatus): number {
      const press = ++lastPress
      const byEvent = new Map<string, string[]>()
      for (const { bookingId, eventId } of targets)
        byEvent.set(eventId, [...(byEvent.get(eventId) ?? []), bookingId])
      for (const [eventId, bookingIds] of byEvent)
        update(eventId, (session) => {
          const next = { ...session }
          for (const id of bookingIds) next[id] = { status, press, recorded: false }
          return next
        })
      return press
    },
    /** The press's action came back: refused, its rows show the store again; recorded, they wait for it. */
    settle(press: number, recorded: boolean): void {
      everywhere((session) => {
        if (!recorded) return without(session, (_, pending) => pending.press === press)
        if (!Object.values(session).some((p) => p.press === press && !p.recorded)) return session
        return Object.fromEntries(
          Object.entries(session).map(([id, p]) => [id, p.press === press ? { ...p, recorded: true } : p]),
        )
      })
    },
    /** A screen read the store: recorded presses it now agrees with add nothing, and would hide what comes next. */
    caughtUp(eventId: string, stored: ReadonlyMap<string, AttendanceStatus>): void {
      update(eventId, (session) =>
        without(session, (id, pending) => pending.recorded && stored.get(id) === pending.status),
      )
    },
    /** These bookings' presses give way at once, in every session (an undo of them). */
    forget(bookingIds: readonly string[]): void {
      const ids = new Set(bookingIds)
      everywhere((session) => without(session, (id) => ids.has(id)))
    },
    /** Every recorded press goes: the store has had them since (see the module's comment). */
    dropRecorded(): void {
      everywhere((session) => without(session, (_, pending) => pending.recorded))
    },
  }
}

export type PendingAttendance = ReturnType<typeof createPendingAttendance>

/** A row as a screen shows it: its stored attendance, or the press over it and "waiting" like any change. */
export interface ShownAttendance {
  attendance: AttendanceStatus
  waiting: boolean
}

/** The rows with the session's pending presses over them (the same array when nothing is pending). */
export function withPending<T extends { booking: { id: string } } & ShownAttendance>(
  entries: readonly T[],
  session: SessionPending | undefined,
): readonly T[] {
  if (!session) return entries
  return entries.map((entry) => {
    const pending = session[entry.booking.id]
    if (!pending || pending.status === entry.attendance) return entry
    // Not in the store yet, so not on Wix either: it says so like any recorded change.
    return { ...entry, attendance: pending.status, waiting: true }
  })
}

/** People checked in as shown: the store's count, moved by the rows a press changes (by party size). */
export function pendingCheckedIn(
  stored: number,
  attendees: readonly ({ booking: { id: string; participants: number } } & ShownAttendance)[],
  session: SessionPending | undefined,
): number {
  if (!session) return stored
  let count = stored
  for (const entry of attendees) {
    const pending = session[entry.booking.id]
    if (!pending) continue
    const was = entry.attendance === 'ATTENDED'
    const is = pending.status === 'ATTENDED'
    if (was !== is) count += is ? entry.booking.participants : -entry.booking.participants
  }
  return count
}
