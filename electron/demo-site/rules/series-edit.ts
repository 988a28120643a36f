import { invalidField } from '../http/wix-error'
import { applyBookingChange, nextTimestamp, type WriteContext } from './write-context'

/**
 * The business edits a recurring class series (../shared/wix-bookings-api.md §8 C15): Wix replaces the coming
 * instances with new events, so their ids change. The sessions of the schedule that start after the demo
 * clock's now (recurrence INSTANCE) get new ids; the old ids are gone from Calendar reads (Get → 404); every
 * booking on them moves its `bookedEntity.slot.eventId` (revision + 1, updatedDate now) and its attendance
 * follows. Started and past sessions keep their ids.
 */
export interface SeriesEdit {
  renamed: Array<{ from: string; to: string }>
}

export function editSeries(ctx: WriteContext, scheduleId: string): SeriesEdit {
  const sessions = ctx.store.sessionsOfSchedule(scheduleId)
  if (sessions.length === 0) throw invalidField('scheduleId', `no schedule ${scheduleId}`)
  const now = ctx.now()
  const renamed: SeriesEdit['renamed'] = []
  for (const event of sessions) {
    if (event.recurrenceType !== 'INSTANCE' || event.startMs <= now) continue
    const bookings = ctx.store.bookingsOfEvent(event)
    // GUESS: the new instance keeps its recurringEventId, times, staff and capacity; revision 1, created now.
    const moved = {
      ...event,
      id: ctx.newId(),
      revision: 1,
      createdDate: nextTimestamp(now, undefined),
      updatedDate: nextTimestamp(now, undefined),
    }
    ctx.store.putEvent(moved)
    for (const booking of bookings) {
      const slot = booking.bookedEntity.slot
      if (!slot) continue
      applyBookingChange(ctx, booking, {
        bookedEntity: { ...booking.bookedEntity, slot: { ...slot, eventId: moved.id } },
      })
      const record = ctx.store.attendanceOf(booking.id, event.id)
      if (record) ctx.store.putAttendance({ ...record, eventId: moved.id })
    }
    ctx.store.removeEvent(event.id)
    renamed.push({ from: event.id, to: moved.id })
  }
  return { renamed }
}
