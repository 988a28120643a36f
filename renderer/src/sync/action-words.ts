import type { AttendanceStatus } from '@shared/wix/attendance'
import type { WixBookingStatus } from '@shared/wix/booking-enums'
import type { SessionFacts } from '../queries/session-facts'
import { keptPerKey } from '@shared/domain/kept-per-key'

/**
 * The words of the desk's actions: declared once here and used by the toast, the activity log and the undo
 * notice alike, so the screens and the log never tell two stories. Each action in `actions.ts` says which.
 */

/** The most people an action's words name one by one; more are counted ("5 people"). */
const NAMED_PEOPLE = 3

/** "Dana Lee", "Dana Lee and Sam Lee", "Ann Bo, Dana Lee and Sam Lee", or "5 people" beyond three. */
export function peopleWords(names: readonly string[]): string {
  if (names.length > NAMED_PEOPLE) return `${String(names.length)} people`
  if (names.length <= 1) return names[0] ?? ''
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`
}

/** "Vinyasa Flow · Tue 9:00 AM": the session an action is about (its title, weekday and start). */
export const sessionLabel = (title: string, when: string) => `${title} · ${when}`

/**
 * An action's words with the session it is about, for the toast and the activity line alike: "Checked in
 * Dana Lee and Sam Lee to Vinyasa Flow · Tue 9:00 AM", "Confirmed Dana Lee for Vinyasa Flow · Tue 9:00 AM".
 * Unchanged when the session is not known (an appointment request without one yet, or several sessions).
 */
export function onSessionWords(words: string, session: string | null, preposition: 'to' | 'at' | 'for') {
  return session ? `${words} ${preposition} ${session}` : words
}

/** A check-in, its undo and a no-show, of the people named ("Checked in Dana Lee", "Checked in 3 people"). */
export const attendanceWords: Record<AttendanceStatus, (people: string) => string> = {
  ATTENDED: (people) => `Checked in ${people}`,
  NOT_SET: (people) => `Undid check-in for ${people}`,
  NOT_ATTENDED: (people) => `Marked ${people} as no-show`,
}

/** A no-show taken back to not checked in ("Cleared no-show for Dana Lee"), at any time. */
export const clearedNoShowWords = (people: string) => `Cleared no-show for ${people}`

/** An attendance action refused because the person is not in the state it starts from. */
export const notMarkedWords = (name: string, from: AttendanceStatus) =>
  from === 'NOT_ATTENDED'
    ? `${name} is not marked as no-show.`
    : from === 'ATTENDED'
      ? `${name} is not checked in.`
      : `${name} is already marked.`

export const confirmedWords = (name: string) => `Confirmed ${name}`
export const declinedWords = (name: string) => `Declined ${name}`
/** "Canceled Dana Lee's booking"; over the cancellation policy "Canceled anyway: Dana Lee's booking". */
export const canceledWords = (name: string, anyway = false) =>
  anyway ? `Canceled anyway: ${name}'s booking` : `Canceled ${name}'s booking`
export const promotedWords = (name: string, override: boolean) =>
  `Moved ${name} from the waitlist to booked${override ? ' (over capacity)' : ''}`

/** "Booked walk-in Zoë Walkin into Rhythm Spin · 10:30 AM": who, and the session they were booked into. */
export function walkInSummary(name: string, session: Pick<SessionFacts, 'title' | 'startLabel'>): string {
  return `Booked walk-in ${name} into ${session.title} · ${session.startLabel}`
}

/** "Undid: Checked in Dana Lee": an action taken back (the undo notice, the inverse's activity line). */
export function undoneSummary(summary: string): string {
  return `Undid: ${summary}`
}

/** Why a change cannot be undone from the desk any more. */
export const cannotUndoWords = (name: string, sending: boolean) =>
  sending
    ? `The change for ${name} is being sent to Wix right now.`
    : `The change for ${name} has already reached Wix and cannot be taken back from here.`

/** A notice for the desk: how an undo went. */
export interface UndoNotice {
  tone: 'info' | 'problem'
  title: string
  detail?: string
}

/** How an undo of the action called `words` went, in a notice (read out like every toast). */
export function undoNotice(
  words: string,
  outcome: { dropped: number; reversed: number; refused: string[] },
): UndoNotice {
  if (outcome.refused.length)
    return { tone: 'problem', title: `Could not fully undo: ${words}`, detail: outcome.refused.join(' ') }
  if (outcome.dropped + outcome.reversed > 0) return { tone: 'info', title: undoneSummary(words) }
  return { tone: 'info', title: `Already undone: ${words}` }
}

/** "Already confirmed on Wix": a status change that found the booking already so (the activity log). */
export function alreadySoDetail(serverStatus: WixBookingStatus): string {
  return `Already ${serverStatus.toLowerCase().replace('_', ' ')} on Wix`
}

const whenFormat = keptPerKey(
  (timeZone: string) =>
    new Intl.DateTimeFormat('en-US', { weekday: 'short', hour: 'numeric', minute: '2-digit', timeZone }),
)

/** "Thu 6:00 PM": a session's weekday and start in the business's time zone. */
export function sessionWhen(startUtc: string, timeZone: string): string {
  return whenFormat(timeZone).format(new Date(startUtc))
}

/** "Moved Dana Lee to Vinyasa Flow · Thu 6:00 PM": a reschedule at the desk. */
export const rescheduledWords = (name: string, session: { title: string; when: string }) =>
  `Moved ${name} to ${session.title} · ${session.when}`

/** "Confirmed Dana Lee (whole visit, 2 bookings)": a status change of a multi-service visit, on every part. */
export const wholeVisitWords = (words: string, parts: number) =>
  `${words} (whole visit, ${String(parts)} bookings)`

/** A confirm of a booking whose customer has not finished the site's checkout (CREATED). */
export const checkoutNotFinishedWords = (name: string) =>
  `${name} has not finished checkout on the site yet. Wix confirms such a booking only through its checkout, so the desk cannot confirm it.`
