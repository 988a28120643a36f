import type { AttendanceStatus } from '@shared/wix/attendance'
import { useEffect, useMemo } from 'react'
import { create } from 'zustand'
import type { RosterEntry } from '../../queries/roster-view'

/** What the desk just set on a row, shown before the store has it. */
export interface ShownAttendance {
  status: AttendanceStatus
  /** The press it came from: a later press on the same row takes over, and only its own outcome clears it. */
  press: number
  /** The action was recorded: the row only waits for the live roster to say the same. */
  recorded: boolean
}

/** By booking id, for one session: a course booking has one attendance per session. */
export type SessionOverlay = Readonly<Record<string, ShownAttendance>>

interface OverlayState {
  /** By session id. */
  byEvent: Readonly<Record<string, SessionOverlay>>
}

/**
 * Recording a check-in (one Dexie transaction, then the live queries) takes a few frames; the desk expects
 * the row to change with the press. So the press puts what it set here first, and the row shows this over
 * the store until the store says the same. UI state only: the change itself is in Dexie, as ever.
 */
export const useAttendanceOverlay = create<OverlayState>()(() => ({ byEvent: {} }))

/**
 * How long a recorded press may still stand over the store. The store normally agrees within a frame or two;
 * this is for when it never will (an Undo from the toast or Ctrl+Z, which goes to the engine and not through
 * the row, landing before the roster showed the check-in), so such an undo is not hidden for long.
 */
export const OVERLAY_SAFETY_MS = 2000

let lastPress = 0

type Change = (overlay: SessionOverlay) => SessionOverlay

/** Applies `change` to one session's overlay; keeps the state as is (no render) when nothing changed. */
function update(eventId: string, change: Change) {
  useAttendanceOverlay.setState((s) => {
    const before = s.byEvent[eventId] ?? {}
    const after = change(before)
    if (after === before) return s
    const others = Object.fromEntries(Object.entries(s.byEvent).filter(([id]) => id !== eventId))
    return { byEvent: Object.keys(after).length ? { ...others, [eventId]: after } : others }
  })
}

/** The overlay without the rows `drop` picks (the same object when it picks none). */
function without(overlay: SessionOverlay, drop: (bookingId: string, shown: ShownAttendance) => boolean) {
  const kept = Object.entries(overlay).filter(([id, shown]) => !drop(id, shown))
  return kept.length === Object.keys(overlay).length ? overlay : Object.fromEntries(kept)
}

/** Shows `status` on these rows at once; returns the press, for `settleAttendance`. */
export function showAttendance(eventId: string, bookingIds: readonly string[], status: AttendanceStatus) {
  const press = ++lastPress
  update(eventId, (overlay) => {
    const next = { ...overlay }
    for (const id of bookingIds) next[id] = { status, press, recorded: false }
    return next
  })
  return press
}

/**
 * The press's action came back. Not recorded: the rows go back to the store at once (a notice says why).
 * Recorded: they wait for the store to agree (`dropCaughtUp`), or for the safety net.
 */
export function settleAttendance(eventId: string, press: number, recorded: boolean) {
  const ours = (_: string, shown: ShownAttendance) => shown.press === press
  if (!recorded) {
    update(eventId, (overlay) => without(overlay, ours))
    return
  }
  update(eventId, (overlay) => {
    if (!Object.values(overlay).some((shown) => shown.press === press && !shown.recorded)) return overlay
    const next = { ...overlay }
    for (const [id, shown] of Object.entries(overlay))
      if (shown.press === press) next[id] = { ...shown, recorded: true }
    return next
  })
  setTimeout(() => update(eventId, (overlay) => without(overlay, ours)), OVERLAY_SAFETY_MS)
}

/** A recorded press the store now agrees with adds nothing, and would hide whatever changes the row next. */
const caughtUp = (entry: RosterEntry, shown: ShownAttendance) =>
  shown.recorded && shown.status === entry.attendance

/** Drops the rows of the session whose store now says what the overlay said. */
export function dropCaughtUp(eventId: string, entries: readonly RosterEntry[]) {
  const byId = new Map(entries.map((entry) => [entry.booking.id, entry]))
  update(eventId, (overlay) =>
    without(overlay, (id, shown) => {
      const entry = byId.get(id)
      return entry !== undefined && caughtUp(entry, shown)
    }),
  )
}

/** The session's rows as the desk should see them: the overlay over the store. */
export function withOverlay(entries: readonly RosterEntry[], overlay: SessionOverlay | undefined) {
  if (!overlay) return entries
  return entries.map((entry) => {
    const shown = overlay[entry.booking.id]
    if (!shown || shown.status === entry.attendance) return entry
    // Not in the store yet, so not on Wix either: it says so like any recorded change.
    return { ...entry, attendance: shown.status, waiting: true }
  })
}

/** People checked in as shown: the store's count, moved by the rows the overlay changes. */
export function shownCheckedIn(stored: number, attendees: readonly RosterEntry[], overlay?: SessionOverlay) {
  if (!overlay) return stored
  let count = stored
  for (const entry of attendees) {
    const shown = overlay[entry.booking.id]
    if (!shown) continue
    const was = entry.attendance === 'ATTENDED'
    const is = shown.status === 'ATTENDED'
    // A check-in records the party size; the store may count an older check-in by Wix's own number.
    if (was !== is) count += is ? entry.booking.participants : -entry.booking.participants
  }
  return count
}

/** The session's overlay, re-rendering the caller when it changes. */
export const useSessionOverlay = (eventId: string) => useAttendanceOverlay((s) => s.byEvent[eventId])

/**
 * The roster's attendees with the overlay over them, dropping what the store has caught up with. For the
 * one component that lists them (the Booked list); others read `useSessionOverlay`.
 */
export function useShownAttendees(eventId: string, attendees: readonly RosterEntry[]) {
  const overlay = useSessionOverlay(eventId)
  useEffect(() => {
    if (overlay) dropCaughtUp(eventId, attendees)
  }, [eventId, attendees, overlay])
  return useMemo(() => withOverlay(attendees, overlay), [attendees, overlay])
}

/**
 * An undo (the toast's, or Ctrl+Z) goes to the engine, not through the row: whatever a row still shows for
 * these bookings gives way at once, so the undo is never hidden behind a press the store had not shown yet.
 */
export function forgetShownAttendance(bookingIds: readonly string[]) {
  const ids = new Set(bookingIds)
  for (const eventId of Object.keys(useAttendanceOverlay.getState().byEvent))
    update(eventId, (overlay) => without(overlay, (bookingId) => ids.has(bookingId)))
}
