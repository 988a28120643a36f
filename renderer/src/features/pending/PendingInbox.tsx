/** Placeholder: replaced by the feature's real screen. */
export function PendingInbox() {
  return <section aria-label="Pending requests" />
}
