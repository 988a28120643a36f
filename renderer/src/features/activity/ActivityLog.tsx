/** Placeholder: replaced by the feature's real screen. */
export function ActivityLog() {
  return <section aria-label="Activity" />
}
