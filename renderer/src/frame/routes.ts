/** The desk's screens, as hash routes (a reload stays on the same screen). */
export const paths = {
  today: '/',
  day: (day: string) => `/day/${day}`,
  session: (eventId: string) => `/session/${encodeURIComponent(eventId)}`,
  pending: '/pending',
  attention: '/attention',
  activity: '/activity',
  settings: '/settings',
} as const

export const routePatterns = {
  day: '/day/:day',
  session: '/session/:eventId',
} as const

/** The id of the search box, for the `/` shortcut. */
export const FIND_ATTENDEE_ID = 'find-attendee'
