/** Placeholder: replaced by the feature's real screen. */
export function SettingsView() {
  return <section aria-label="Settings" />
}
