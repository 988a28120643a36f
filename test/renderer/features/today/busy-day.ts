import { calendarEventSchema, type CalendarEvent } from '@shared/wix/event'
import { STAFF_RESOURCE_TYPE_ID } from '@shared/wix/staff-resource'
import { eventRow } from '../../../../renderer/src/db/event-rows'
import type { EventRow } from '../../../../renderer/src/db/rows'

const ROOM_RESOURCE_TYPE_ID = '7d2e9a50-0000-4000-8000-000000000001'

export const BUSY_STAFF = ['Ana Ruiz', 'Ben Okoro', 'Cleo Park'] as const

/**
 * `count` sessions on `day`, one starting every three minutes from 06:00 (local), each 45 minutes long, the
 * staff taking turns: a day far busier than any real studio's, as the server would send it.
 * `utcOffsetMs` is the zone's offset that day (local wall clock minus UTC).
 */
export function busyDay(day: string, timeZone: string, utcOffsetMs: number, count: number): EventRow[] {
  const local = (minutes: number) => {
    const at = Date.parse(`${day}T06:00:00Z`) + minutes * 60_000
    const wall = new Date(at).toISOString().slice(0, 19)
    return { localDate: wall, timeZone, utcDate: new Date(at - utcOffsetMs).toISOString() }
  }
  return Array.from({ length: count }, (_, i) => {
    const event: CalendarEvent = calendarEventSchema.parse({
      id: `busy-${String(i + 1).padStart(3, '0')}`,
      scheduleId: 'busy-schedule',
      title: `Open Gym ${i + 1}`,
      type: 'CLASS',
      status: 'CONFIRMED',
      start: local(i * 3),
      end: local(i * 3 + 45),
      location: { id: 'busy-floor', type: 'BUSINESS', name: 'Gym Floor' },
      // As a real site gives them: the room first, the staff member known only by the staff resource-type id.
      resources: [
        { id: 'room-a', name: 'Studio A', type: ROOM_RESOURCE_TYPE_ID },
        { id: `staff-${i % 3}`, name: BUSY_STAFF[i % 3], type: STAFF_RESOURCE_TYPE_ID },
      ],
      totalCapacity: 12,
    })
    const row = eventRow(event)
    if (row.day !== day) throw new Error(`busy day session off its day: ${row.day}`)
    return row
  })
}
