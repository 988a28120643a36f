/** Placeholder: replaced by the feature's real screen. */
export function NeedsAttention() {
  return <section aria-label="Needs attention" />
}
