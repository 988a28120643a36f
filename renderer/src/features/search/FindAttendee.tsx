/** Placeholder: replaced by the feature's real screen. */
export function FindAttendee() {
  return <input id="find-attendee" aria-label="Find attendee" />
}
