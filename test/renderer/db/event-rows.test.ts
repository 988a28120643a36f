import { describe, expect, it } from 'vitest'
import { eventRow } from '../../../renderer/src/db/event-rows'
import { classEvent } from './fixtures'

/** A session's instants, whatever Wix includes of its ZonedDates (every field of them is optional). */
describe('eventRow', () => {
  it('takes Wix’s utcDate where it is sent', () => {
    const row = eventRow(classEvent())
    expect(row).toMatchObject({
      day: '2026-11-23',
      startUtc: '2026-11-23T15:00:00.000Z',
      endUtc: '2026-11-23T16:00:00.000Z',
    })
  })

  it('reads a local date-time without utcDate in its own zone, not as UTC', () => {
    const event = classEvent()
    const row = eventRow({
      ...event,
      start: { localDate: '2026-11-23T09:00:00', timeZone: 'America/Chicago' },
      end: { localDate: '2026-11-23T10:00:00', timeZone: 'America/Chicago' },
    })
    expect(row.startUtc).toBe('2026-11-23T15:00:00.000Z')
    expect(row.endUtc).toBe('2026-11-23T16:00:00.000Z')
  })

  it('keeps the right instant across DST: 9:00 on the Sunday clocks spring forward is 14:00 UTC', () => {
    const row = eventRow({
      ...classEvent(),
      start: { localDate: '2027-03-14T09:00:00', timeZone: 'America/Chicago' },
      end: { localDate: '2027-03-14T10:00:00', timeZone: 'America/Chicago' },
      adjustedStart: { localDate: '2027-03-14T09:00:00', timeZone: 'America/Chicago' },
    })
    expect(row).toMatchObject({ day: '2027-03-14', startUtc: '2027-03-14T14:00:00.000Z' })
  })

  it('puts a stated offset in UTC form, so that sessions sort by their start', () => {
    const row = eventRow({
      ...classEvent(),
      start: {
        localDate: '2026-11-23T09:00:00',
        timeZone: 'America/Chicago',
        utcDate: '2026-11-23T09:00:00-06:00',
      },
    })
    expect(row.startUtc).toBe('2026-11-23T15:00:00.000Z')
  })
})
