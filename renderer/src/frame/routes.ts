/** The desk's screens, as hash routes (a reload stays on the same screen). */
export const paths = {
  today: '/',
  day: (day: string) => `/day/${day}`,
  session: (eventId: string) => `/session/${encodeURIComponent(eventId)}`,
  /** A session's roster opened at its waitlist (from Recent cancellations: a spot to fill). */
  sessionWaitlist: (eventId: string) => `/session/${encodeURIComponent(eventId)}/waitlist`,
  /** The sign-in sheet of a day, and of one session (features/sheet). */
  sheet: (day: string) => `/day/${day}/sheet`,
  sessionSheet: (eventId: string) => `/session/${encodeURIComponent(eventId)}/sheet`,
  pending: '/pending',
  attention: '/attention',
  activity: '/activity',
  cancellations: '/cancellations',
  settings: '/settings',
} as const

export const routePatterns = {
  day: '/day/:day',
  session: '/session/:eventId',
  sessionWaitlist: '/session/:eventId/waitlist',
  sheet: '/day/:day/sheet',
  sessionSheet: '/session/:eventId/sheet',
} as const

/** The id of the search box, for the `/` shortcut. */
export const FIND_ATTENDEE_ID = 'find-attendee'
