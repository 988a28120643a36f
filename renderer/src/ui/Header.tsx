import { useShellStore } from '../state/shell-store'
import { ConnectivityIndicator } from './ConnectivityIndicator'
import { SyncStatus } from './SyncStatus'

export function Header() {
  const site = useShellStore((s) => s.site)
  return (
    <header className="header">
      <div className="header__identity">
        <h1 className="header__business">{site?.businessName ?? 'Rollcall'}</h1>
        {site?.mode === 'demo' && <span className="header__badge">Demo site</span>}
      </div>
      <div className="header__status">
        <SyncStatus />
        <ConnectivityIndicator />
      </div>
    </header>
  )
}
