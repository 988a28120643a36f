import { describe, expect, it } from 'vitest'
import { collapseAttendance, inBatches } from '@shared/domain/attendance-batches'

const intent = (seq: number, bookingId: string, eventId = 'e1', status = 'ATTENDED') => ({
  seq,
  bookingId,
  eventId,
  status,
})

describe('attendance collapsing', () => {
  it('keeps only the newest state per booking and event, in first-change order', () => {
    const intents = [
      intent(3, 'b2'),
      intent(1, 'b1'),
      intent(5, 'b1', 'e1', 'NOT_SET'),
      intent(4, 'b1', 'e2'),
      intent(7, 'b2', 'e1', 'NOT_ATTENDED'),
    ]
    const { latest, superseded } = collapseAttendance(intents)
    expect(latest.map((i) => [i.seq, i.bookingId, i.eventId, i.status])).toEqual([
      [5, 'b1', 'e1', 'NOT_SET'],
      [7, 'b2', 'e1', 'NOT_ATTENDED'],
      [4, 'b1', 'e2', 'ATTENDED'],
    ])
    expect(superseded.map((i) => i.seq)).toEqual([1, 3])
  })

  it('loses nothing: every intent is either sent or superseded', () => {
    const intents = Array.from({ length: 50 }, (_v, n) => intent(n, `b${n % 7}`, `e${n % 3}`))
    const { latest, superseded } = collapseAttendance(intents)
    expect(latest.length + superseded.length).toBe(50)
    expect(new Set(latest.map((i) => `${i.bookingId}/${i.eventId}`)).size).toBe(latest.length)
  })

  it('sends at most 8 a call', () => {
    const batches = inBatches(Array.from({ length: 1000 }, (_v, n) => n))
    expect(batches).toHaveLength(125)
    expect(batches.every((b) => b.length <= 8)).toBe(true)
    expect(batches.flat()).toHaveLength(1000)
    expect(inBatches([1, 2, 3], 8)).toEqual([[1, 2, 3]])
    expect(() => inBatches([1], 0)).toThrow(RangeError)
  })
})
