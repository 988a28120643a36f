/** Placeholder: replaced by the feature's real screen. */
export function WalkInDialog() {
  return null
}
