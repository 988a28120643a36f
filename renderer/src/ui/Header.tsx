import { Button } from 'react-aria-components'
import { useRoute } from 'wouter'
import { routePatterns } from '../app/routes'
import { FindAttendee } from '../features/search/FindAttendee'
import { useDeskUi } from '../state/desk-ui'
import { useShellStore } from '../state/shell-store'
import { ConnectivityIndicator } from './ConnectivityIndicator'
import { SyncStatus } from './SyncStatus'

/** Always on screen: the business, the search box, Add walk-in, the sync status and the connection. */
export function Header({ desk = true }: { desk?: boolean }) {
  const site = useShellStore((s) => s.site)
  const [inSession, params] = useRoute(routePatterns.session)
  return (
    <header className="header">
      <div className="header__identity">
        <h1 className="header__business">{site?.businessName ?? 'Rollcall'}</h1>
        {site?.mode === 'demo' && <span className="header__badge">Demo site</span>}
      </div>
      {desk && (
        <div className="header__tools">
          <FindAttendee />
          <Button
            className="button button--primary"
            onPress={() =>
              useDeskUi.getState().openWalkIn(inSession ? decodeURIComponent(params.eventId) : null)
            }
          >
            Add walk-in
          </Button>
        </div>
      )}
      <div className="header__status">
        <SyncStatus />
        <ConnectivityIndicator />
      </div>
    </header>
  )
}
