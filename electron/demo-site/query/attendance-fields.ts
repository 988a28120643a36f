import type { Attendance } from '@shared/wix/attendance'
import { NUMERIC_OPERATORS, SET_OPERATORS, type QueryFieldTable } from './fields'

/**
 * Query Attendance fields (electron/main/wix/README.md, "Attendance"): ids and status `$eq $ne $in $nin`;
 * numberOfAttendees ranges.
 */
export const attendanceQueryFields: QueryFieldTable<Attendance> = {
  id: { kind: 'string', operators: SET_OPERATORS, sortable: true, get: (a) => a.id },
  bookingId: { kind: 'string', operators: SET_OPERATORS, sortable: true, get: (a) => a.bookingId },
  eventId: { kind: 'string', operators: SET_OPERATORS, sortable: true, get: (a) => a.eventId },
  sessionId: { kind: 'string', operators: SET_OPERATORS, sortable: true, get: (a) => a.sessionId },
  status: { kind: 'string', operators: SET_OPERATORS, sortable: true, get: (a) => a.status },
  numberOfAttendees: {
    kind: 'number',
    operators: NUMERIC_OPERATORS,
    sortable: true,
    get: (a) => a.numberOfAttendees,
  },
}
