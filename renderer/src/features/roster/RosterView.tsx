/** Placeholder: replaced by the feature's real screen. */
export function RosterView({ eventId }: { eventId: string }) {
  return <section aria-label="Roster">{eventId}</section>
}
