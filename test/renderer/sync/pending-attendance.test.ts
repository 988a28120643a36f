import { describe, expect, it } from 'vitest'
import type { AttendanceStatus } from '@shared/wix/attendance'
import {
  createPendingAttendance,
  pendingCheckedIn,
  withPending,
} from '../../../renderer/src/sync/pending-attendance'
import type { RosterEntry } from '../../../renderer/src/queries/roster-view'

const entry = (id: string, attendance: AttendanceStatus, participants = 1) =>
  ({ booking: { id, participants }, name: id, attendance, waiting: false }) as unknown as RosterEntry

const on = (eventId: string, ...bookingIds: string[]) =>
  bookingIds.map((bookingId) => ({ bookingId, eventId }))
const stored = (...rows: [string, AttendanceStatus][]) => new Map(rows)

function pendingWith() {
  const pending = createPendingAttendance()
  const shown = (eventId: string, bookingId: string) =>
    pending.store.getState().byEvent[eventId]?.[bookingId]?.status
  return { pending, shown }
}

describe('the attendance a press shows before the store has it', () => {
  it('gives way at once to an undo of these bookings, in every session, and keeps the others', () => {
    const { pending, shown } = pendingWith()
    pending.show(on('evt-1', 'a', 'b'), 'ATTENDED')
    pending.show(on('evt-2', 'a'), 'ATTENDED')
    pending.forget(['a'])
    expect(shown('evt-1', 'a')).toBeUndefined()
    expect(shown('evt-2', 'a')).toBeUndefined()
    expect(shown('evt-1', 'b')).toBe('ATTENDED')
  })

  it('keeps a recorded press until the store agrees, and a refused one not at all', () => {
    const { pending, shown } = pendingWith()
    const press = pending.show(on('evt-1', 'a', 'b'), 'ATTENDED')
    expect(shown('evt-1', 'a')).toBe('ATTENDED')
    // Not recorded yet: the store saying the same proves nothing (an earlier action may be landing).
    pending.caughtUp('evt-1', stored(['a', 'ATTENDED']))
    expect(shown('evt-1', 'a')).toBe('ATTENDED')

    pending.settle(press, true)
    pending.caughtUp('evt-1', stored(['a', 'ATTENDED'], ['b', 'NOT_SET']))
    expect(shown('evt-1', 'a')).toBeUndefined()
    expect(shown('evt-1', 'b')).toBe('ATTENDED')

    const refused = pending.show(on('evt-1', 'c'), 'NOT_ATTENDED')
    pending.settle(refused, false)
    expect(shown('evt-1', 'c')).toBeUndefined()
  })

  it('lets a later press on the row take over: only its own outcome clears it', () => {
    const { pending, shown } = pendingWith()
    const checkIn = pending.show(on('evt-1', 'a'), 'ATTENDED')
    const undo = pending.show(on('evt-1', 'a'), 'NOT_SET')
    pending.settle(checkIn, false)
    expect(shown('evt-1', 'a')).toBe('NOT_SET')
    pending.settle(undo, true)
    pending.caughtUp('evt-1', stored(['a', 'NOT_SET']))
    expect(pending.store.getState().byEvent['evt-1']).toBeUndefined()
  })

  it("drops recorded presses at the engine's next run, and keeps those still being recorded", () => {
    // No timer: a press whose row was never on screen (Find attendee) goes when the engine runs next.
    const { pending, shown } = pendingWith()
    const recorded = pending.show(on('evt-1', 'a'), 'ATTENDED')
    pending.show(on('evt-1', 'b'), 'ATTENDED')
    pending.settle(recorded, true)
    pending.dropRecorded()
    expect(shown('evt-1', 'a')).toBeUndefined()
    expect(shown('evt-1', 'b')).toBe('ATTENDED')
  })

  it('keys by session: the same booking in another session is left alone', () => {
    const { pending, shown } = pendingWith()
    pending.show(on('evt-1', 'a'), 'ATTENDED')
    expect(shown('evt-2', 'a')).toBeUndefined()
    const rows = withPending([entry('a', 'NOT_SET')], pending.store.getState().byEvent['evt-2'])
    expect(rows[0]?.attendance).toBe('NOT_SET')
  })

  it('counts the presses into "checked in", by party size', () => {
    const { pending } = pendingWith()
    pending.show(on('evt-3', 'a'), 'ATTENDED')
    pending.show(on('evt-3', 'b'), 'NOT_SET')
    const session = pending.store.getState().byEvent['evt-3']
    const attendees = [entry('a', 'NOT_SET', 3), entry('b', 'ATTENDED', 2), entry('c', 'ATTENDED')]
    expect(pendingCheckedIn(3, attendees, session)).toBe(4)
    expect(withPending(attendees, session).map((e) => [e.attendance, e.waiting])).toEqual([
      ['ATTENDED', true],
      ['NOT_SET', true],
      ['ATTENDED', false],
    ])
  })
})
