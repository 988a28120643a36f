import type { OpenQuestionAnswer } from '@shared/ipc/site-check'
import { dateFieldsOf } from './date-formats'
import type { Observations } from './observations'

/**
 * The open questions of electron/main/wix/README.md ("Still open"), answered from what the site sent during
 * the check — raw answers, before any schema — or "could not tell" with the reason. Read-only: questions that
 * only a write can settle say so.
 */

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null

const BOOKINGS_QUERY = '/extended-bookings/query'
const BOOKINGS_COUNT = '/extended-bookings/count'
const EVENTS = '/calendar/v3/events'
const ATTENDANCE_QUERY = 'attendance/query'

function bookingsSeen(seen: Observations): Json[] {
  const byId = new Map<string, Json>()
  for (const extended of seen.records(BOOKINGS_QUERY, 'extendedBookings')) {
    const booking = isObject(extended) ? extended.booking : undefined
    if (isObject(booking) && typeof booking.id === 'string') byId.set(booking.id, booking)
  }
  return [...byId.values()]
}

function slotOf(booking: Json): Json | undefined {
  const entity = booking.bookedEntity
  return isObject(entity) && isObject(entity.slot) ? entity.slot : undefined
}

function isAppointment(booking: Json): boolean {
  const entity = booking.bookedEntity
  return isObject(entity) && Array.isArray(entity.tags) && entity.tags.includes('INDIVIDUAL')
}

const couldNotTell = (id: string, question: string, why: string, evidence?: unknown): OpenQuestionAnswer => ({
  id,
  question,
  answer: `could not tell: ${why}`,
  answered: false,
  ...(evidence === undefined ? {} : { evidence }),
})

function pendingAppointmentEventId(seen: Observations): OpenQuestionAnswer {
  const id = 'pending-appointment-event-id'
  const question = 'Does a PENDING appointment carry an eventId?'
  const pending = bookingsSeen(seen).filter((b) => b.status === 'PENDING' && isAppointment(b))
  if (pending.length === 0) return couldNotTell(id, question, 'no pending appointment in the sample')
  const withEvent = pending.filter((b) => typeof slotOf(b)?.eventId === 'string' && slotOf(b)?.eventId !== '')
  const evidence = { pendingAppointments: pending.length, withEventId: withEvent.length }
  const n = `${String(withEvent.length)} of ${String(pending.length)} pending appointments`
  if (withEvent.length === pending.length)
    return { id, question, answer: `yes: ${n} carry one`, answered: true, evidence }
  if (withEvent.length === 0) return { id, question, answer: `no: ${n} carry one`, answered: true, evidence }
  return { id, question, answer: `sometimes: ${n} carry one`, answered: true, evidence }
}

function formatsIn(records: unknown[]): Record<string, string[]> {
  const fields = new Map<string, Set<string>>()
  for (const record of records) dateFieldsOf(record, '', fields)
  return Object.fromEntries(
    [...fields].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, [...v].sort()]),
  )
}

function dateFormats(seen: Observations): OpenQuestionAnswer {
  const id = 'date-formats'
  const question = 'Which date formats does the site send?'
  const bookings = formatsIn(bookingsSeen(seen))
  const sessions = formatsIn(seen.records(EVENTS, 'events'))
  const all = [...new Set([...Object.values(bookings), ...Object.values(sessions)].flat())].sort()
  if (all.length === 0) return couldNotTell(id, question, 'no booking or session was read')
  return { id, question, answer: all.join(', '), answered: true, evidence: { bookings, sessions } }
}

function resourceTypes(seen: Observations): OpenQuestionAnswer {
  const id = 'resource-types'
  const question = 'Which resource types (resources[].type) do sessions and booked slots carry?'
  const onSessions = new Set<string>()
  for (const event of seen.records(EVENTS, 'events'))
    if (isObject(event) && Array.isArray(event.resources))
      for (const resource of event.resources)
        if (isObject(resource)) onSessions.add(typeof resource.type === 'string' ? resource.type : '(none)')
  const onSlots = new Set<string>()
  for (const booking of bookingsSeen(seen)) {
    const resource = slotOf(booking)?.resource
    if (isObject(resource)) onSlots.add(typeof resource.type === 'string' ? resource.type : '(none)')
  }
  if (onSessions.size + onSlots.size === 0)
    return couldNotTell(id, question, 'no session or booked slot with a resource was read')
  const list = (set: Set<string>) => (set.size ? [...set].sort().join(', ') : 'none seen')
  return {
    id,
    question,
    answer: `sessions: ${list(onSessions)}; booked slots: ${list(onSlots)}`,
    answered: true,
    evidence: { sessions: [...onSessions].sort(), bookedSlots: [...onSlots].sort() },
  }
}

function pageSizes(seen: Observations): OpenQuestionAnswer {
  const id = 'page-sizes'
  const question = 'How many records come per page against the limit asked, and which paging metadata?'
  if (seen.pages.length === 0) return couldNotTell(id, question, 'no page was read')
  const describe = (metadata: unknown): string => {
    if (!isObject(metadata)) return 'no pagingMetadata'
    const fields = Object.entries(metadata).map(([key, value]) =>
      key === 'cursors' && isObject(value)
        ? `cursors.next ${typeof value.next === 'string' && value.next ? 'present' : 'absent'}`
        : `${key}=${JSON.stringify(value)}`,
    )
    return fields.length ? fields.join(', ') : 'empty pagingMetadata'
  }
  const answer = seen.pages
    .map(
      (p) =>
        `${p.call}: ${String(p.itemsReturned)} of ${String(p.limitAsked)} asked (${describe(p.pagingMetadata)})`,
    )
    .join('; ')
  return { id, question, answer, answered: true, evidence: seen.pages }
}

/** Headers that speak of a request budget: `x-ratelimit-*`, `ratelimit-*`, `retry-after`, quotas. */
const RATE_HEADER = /rate-?limit|retry-after|quota/i

function rateBudget(seen: Observations): OpenQuestionAnswer {
  const id = 'rate-budget'
  const question = 'What request budget does the site report for this API key?'
  if (seen.answers.length === 0) return couldNotTell(id, question, 'Wix did not answer')
  const headers: Record<string, string> = {}
  for (const answer of seen.answers)
    for (const [name, value] of Object.entries(answer.headers))
      if (RATE_HEADER.test(name)) headers[name] = value
  const names = Object.keys(headers).sort()
  if (names.length === 0)
    return { id, question, answer: 'not reported (no rate-limit headers in any answer)', answered: true }
  return {
    id,
    question,
    answer: names.map((name) => `${name}: ${headers[name] ?? ''}`).join('; '),
    answered: true,
    evidence: headers,
  }
}

function attendanceEventId(seen: Observations): OpenQuestionAnswer {
  const id = 'attendance-event-id'
  const question = 'Does attendance marked in the dashboard carry an eventId?'
  // Attendance comes with each booking (withBookingAttendanceInfo, a short form) and from Query Attendance.
  const withBookings = seen
    .records(BOOKINGS_QUERY, 'extendedBookings')
    .map((e) => (isObject(e) ? e.attendance : undefined))
    .filter(isObject)
  const queried = seen.records(ATTENDANCE_QUERY, 'attendances').filter(isObject)
  if (withBookings.length + queried.length === 0)
    return couldNotTell(id, question, 'no attendance record was read')
  const carrying = (records: Json[]) =>
    records.filter((r) => typeof r.eventId === 'string' && r.eventId !== '').length
  const evidence = {
    queryAttendance: { records: queried.length, withEventId: carrying(queried) },
    withBookings: { records: withBookings.length, withEventId: carrying(withBookings) },
  }
  return couldNotTell(
    id,
    question,
    `Wix does not say who marked an attendance; Query Attendance: ${String(evidence.queryAttendance.withEventId)} of ${String(queried.length)} carry an eventId; attendance with bookings: ${String(evidence.withBookings.withEventId)} of ${String(withBookings.length)}`,
    evidence,
  )
}

function rangeFilter(seen: Observations): OpenQuestionAnswer {
  const id = 'range-filter'
  const question = 'Does startDate: { $gte, $lt } count as one filter (both bounds applied)?'
  const counts = seen.answers
    .filter((a) => a.status === 200 && a.path.includes(BOOKINGS_COUNT))
    .map((a) => (isObject(a.body) && typeof a.body.count === 'number' ? a.body.count : undefined))
    .slice(-3)
  const [range, from, after] = counts
  if (counts.length < 3 || range === undefined || from === undefined || after === undefined)
    return couldNotTell(id, question, 'the counts were not read')
  const evidence = { between: range, fromOnly: from, afterUpperBound: after }
  if (after === 0) return couldNotTell(id, question, 'no booking after the upper bound to tell by', evidence)
  if (range === from - after)
    return { id, question, answer: 'yes: both bounds were applied', answered: true, evidence }
  if (range === from)
    return { id, question, answer: 'no: only the first bound was applied', answered: true, evidence }
  return couldNotTell(id, question, 'the counts do not agree with either reading', evidence)
}

const onlyAWrite = (id: string, question: string): OpenQuestionAnswer =>
  couldNotTell(id, question, 'only a write can tell, and the site check only reads')

export function answerOpenQuestions(seen: Observations): OpenQuestionAnswer[] {
  return [
    pendingAppointmentEventId(seen),
    dateFormats(seen),
    resourceTypes(seen),
    pageSizes(seen),
    rateBudget(seen),
    attendanceEventId(seen),
    rangeFilter(seen),
    onlyAWrite('created-holds-capacity', 'Does a CREATED booking hold capacity?'),
    onlyAWrite('business-error-status', 'Which HTTP status do business errors use?'),
    onlyAWrite('read-after-write', 'Does Query Extended Bookings find a booking right after it is created?'),
  ]
}
