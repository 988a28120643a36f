import { effectiveConnectivity, useShellStore } from './shell-store'

const labels = { checking: 'Checking connection…', online: 'Online', offline: 'Offline' } as const

/** Always visible in the header; announced politely to screen readers when it changes. */
export function ConnectivityIndicator() {
  const state = useShellStore(effectiveConnectivity)
  const reason = useShellStore((s) => s.connectivity.reason)
  return (
    <div
      role="status"
      aria-label="Connection"
      className={`connectivity connectivity--${state}`}
      title={state === 'offline' && reason ? reason : undefined}
    >
      <span className="connectivity__dot" aria-hidden="true" />
      {labels[state]}
    </div>
  )
}
