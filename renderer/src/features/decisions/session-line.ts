import { formatBusinessDay } from '@shared/domain/business-day'
import type { SessionFacts } from '../../queries/session-facts'

/** "Aerial Yoga Intro · Wednesday, March 11, 5:00 – 6:00 PM": the session of a request, on one line. */
export function sessionLine(session: Pick<SessionFacts, 'title' | 'day' | 'timeLabel'>): string {
  return `${session.title} · ${formatBusinessDay(session.day)}, ${session.timeLabel}`
}
