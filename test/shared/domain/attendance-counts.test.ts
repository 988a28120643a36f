import { describe, expect, it } from 'vitest'
import { attendeesToSend, priorAttendance, withAttendeesToSend } from '@shared/domain/attendance-counts'

describe('the count an attendance status goes to Wix with', () => {
  it('counts the people who came for ATTENDED, at least 1 (Wix: never 0)', () => {
    expect(attendeesToSend('ATTENDED', 3)).toBe(3)
    expect(attendeesToSend('ATTENDED', 1)).toBe(1)
    expect(attendeesToSend('ATTENDED', 0)).toBe(1)
    expect(attendeesToSend('ATTENDED', Number.NaN)).toBe(1)
  })

  it('never sends NOT_ATTENDED with a party size (SDK-A: not {"status":"NOT_ATTENDED"} with 5)', () => {
    expect(attendeesToSend('NOT_ATTENDED', 5)).toBe(1)
    expect(attendeesToSend('NOT_ATTENDED', 0)).toBe(1)
  })

  it('sends NOT_SET with 1 explicitly: right whether an upsert resets the count or keeps the old one', () => {
    expect(attendeesToSend('NOT_SET', 3)).toBe(1)
  })

  it('makes a whole change agree, keeping everything else', () => {
    const change = { bookingId: 'b', eventId: 'e', status: 'NOT_ATTENDED' as const, numberOfAttendees: 4 }
    expect(withAttendeesToSend(change)).toEqual({ ...change, numberOfAttendees: 1 })
    const fine = { ...change, status: 'ATTENDED' as const }
    expect(withAttendeesToSend(fine)).toBe(fine)
  })
})

describe('the state an undo of attendance sends back', () => {
  it('is NOT_SET with 1 when there was no record, whatever the party', () => {
    expect(priorAttendance(undefined, 3)).toEqual({ status: 'NOT_SET', numberOfAttendees: 1 })
  })

  it('keeps how many had come for ATTENDED, or the party when the record said none', () => {
    expect(priorAttendance({ status: 'ATTENDED', numberOfAttendees: 2 }, 3)).toEqual({
      status: 'ATTENDED',
      numberOfAttendees: 2,
    })
    expect(priorAttendance({ status: 'ATTENDED', numberOfAttendees: 0 }, 3)).toEqual({
      status: 'ATTENDED',
      numberOfAttendees: 3,
    })
  })

  it('goes back to a no-show with 1, even when the record another client left said 3', () => {
    expect(priorAttendance({ status: 'NOT_ATTENDED', numberOfAttendees: 3 }, 3)).toEqual({
      status: 'NOT_ATTENDED',
      numberOfAttendees: 1,
    })
    expect(priorAttendance({ status: 'NOT_SET', numberOfAttendees: 0 }, 3)).toEqual({
      status: 'NOT_SET',
      numberOfAttendees: 1,
    })
  })
})
