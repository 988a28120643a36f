import type { WixBookingStatus } from '@shared/wix/booking-enums'
import type { SessionFacts } from '../queries/session-facts'

/**
 * The words of the desk's actions that are said in more than one place (the toast, the activity log, the
 * undo notice): declared once here so the screens and the log never tell two stories.
 */

/** "Booked walk-in Zoë Walkin into Rhythm Spin · 10:30 AM": who, and the session they were booked into. */
export function walkInSummary(name: string, session: Pick<SessionFacts, 'title' | 'startLabel'>): string {
  return `Booked walk-in ${name} into ${session.title} · ${session.startLabel}`
}

/** "Undid: Checked in Dana Lee": an action taken back (the undo notice, the inverse's activity line). */
export function undoneSummary(summary: string): string {
  return `Undid: ${summary}`
}

/** "Already confirmed on Wix": a status change that found the booking already so (the activity log). */
export function alreadySoDetail(serverStatus: WixBookingStatus): string {
  return `Already ${serverStatus.toLowerCase().replace('_', ' ')} on Wix`
}
