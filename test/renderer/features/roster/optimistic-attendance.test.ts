import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AttendanceStatus } from '@shared/wix/attendance'
import {
  dropCaughtUp,
  forgetShownAttendance,
  OVERLAY_SAFETY_MS,
  settleAttendance,
  showAttendance,
  shownCheckedIn,
  useAttendanceOverlay,
  withOverlay,
} from '../../../../renderer/src/features/roster/optimistic-attendance'
import type { RosterEntry } from '../../../../renderer/src/queries/roster-view'

const entry = (id: string, attendance: AttendanceStatus, participants = 1) =>
  ({ booking: { id, participants }, name: id, attendance, waiting: false }) as unknown as RosterEntry

const shown = (eventId: string, bookingId: string) =>
  useAttendanceOverlay.getState().byEvent[eventId]?.[bookingId]?.status

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('the attendance overlay', () => {
  it('gives way at once to an undo of these bookings, in every session, and keeps the others', () => {
    showAttendance('evt-1', ['a', 'b'], 'ATTENDED')
    showAttendance('evt-2', ['a'], 'ATTENDED')
    forgetShownAttendance(['a'])
    expect(shown('evt-1', 'a')).toBeUndefined()
    expect(shown('evt-2', 'a')).toBeUndefined()
    expect(shown('evt-1', 'b')).toBe('ATTENDED')
  })

  it('keeps a recorded press until the store agrees, and a refused one not at all', () => {
    const press = showAttendance('evt-1', ['a', 'b'], 'ATTENDED')
    expect(shown('evt-1', 'a')).toBe('ATTENDED')
    // Not recorded yet: the store saying the same proves nothing (an earlier action may be landing).
    dropCaughtUp('evt-1', [entry('a', 'ATTENDED')])
    expect(shown('evt-1', 'a')).toBe('ATTENDED')

    settleAttendance('evt-1', press, true)
    dropCaughtUp('evt-1', [entry('a', 'ATTENDED'), entry('b', 'NOT_SET')])
    expect(shown('evt-1', 'a')).toBeUndefined()
    expect(shown('evt-1', 'b')).toBe('ATTENDED')

    const refused = showAttendance('evt-1', ['c'], 'NOT_ATTENDED')
    settleAttendance('evt-1', refused, false)
    expect(shown('evt-1', 'c')).toBeUndefined()
  })

  it('lets a later press on the row take over: only its own outcome clears it', () => {
    const checkIn = showAttendance('evt-1', ['a'], 'ATTENDED')
    const undo = showAttendance('evt-1', ['a'], 'NOT_SET')
    settleAttendance('evt-1', checkIn, false)
    expect(shown('evt-1', 'a')).toBe('NOT_SET')
    settleAttendance('evt-1', undo, true)
    dropCaughtUp('evt-1', [entry('a', 'NOT_SET')])
    expect(useAttendanceOverlay.getState().byEvent['evt-1']).toBeUndefined()
  })

  it('drops a recorded press the store never shows after the safety net', () => {
    const press = showAttendance('evt-1', ['a'], 'ATTENDED')
    vi.advanceTimersByTime(OVERLAY_SAFETY_MS * 2)
    // Still being recorded: nothing else would say what the desk pressed.
    expect(shown('evt-1', 'a')).toBe('ATTENDED')
    settleAttendance('evt-1', press, true)
    vi.advanceTimersByTime(OVERLAY_SAFETY_MS - 1)
    expect(shown('evt-1', 'a')).toBe('ATTENDED')
    vi.advanceTimersByTime(1)
    expect(shown('evt-1', 'a')).toBeUndefined()
  })

  it('keys by session: the same booking in another session is left alone', () => {
    showAttendance('evt-1', ['a'], 'ATTENDED')
    expect(shown('evt-2', 'a')).toBeUndefined()
    const rows = withOverlay([entry('a', 'NOT_SET')], useAttendanceOverlay.getState().byEvent['evt-2'])
    expect(rows[0]?.attendance).toBe('NOT_SET')
  })

  it('counts the overlay into "checked in", by party size', () => {
    showAttendance('evt-3', ['a'], 'ATTENDED')
    showAttendance('evt-3', ['b'], 'NOT_SET')
    const overlay = useAttendanceOverlay.getState().byEvent['evt-3']
    const attendees = [entry('a', 'NOT_SET', 3), entry('b', 'ATTENDED', 2), entry('c', 'ATTENDED')]
    expect(shownCheckedIn(3, attendees, overlay)).toBe(4)
    expect(withOverlay(attendees, overlay).map((e) => [e.attendance, e.waiting])).toEqual([
      ['ATTENDED', true],
      ['NOT_SET', true],
      ['ATTENDED', false],
    ])
  })
})
