import { Button } from 'react-aria-components'
import { FindAttendee } from '../search/FindAttendee'
import { useOpenWalkIn } from '../features/walk-in/useOpenWalkIn'
import { useShellStore } from './shell-store'
import { ConnectivityIndicator } from './ConnectivityIndicator'
import { ScreenNav } from './ScreenNav'
import { SyncStatus } from './SyncStatus'

/**
 * Always on screen: the business, the search box, Add walk-in, the sync status and the connection, then the
 * screens. One line and the tabs on a wide window; on a narrow one (1024 px) the status goes beside the tabs,
 * so that the header never takes the roster's rows (issue 21; styles.css, "Header").
 */
export function Header({ desk = true }: { desk?: boolean }) {
  const site = useShellStore((s) => s.site)
  const openWalkIn = useOpenWalkIn()
  return (
    <header className="header">
      <div className="header__identity">
        <h1 className="header__business">{site?.businessName ?? 'Rollcall'}</h1>
        {site?.mode === 'demo' && <span className="header__badge">Demo site</span>}
      </div>
      {desk && (
        <div className="header__tools">
          <FindAttendee />
          <Button className="button button--primary" onPress={openWalkIn} aria-keyshortcuts="W">
            Add walk-in
          </Button>
        </div>
      )}
      <div className="header__status">
        <SyncStatus />
        <ConnectivityIndicator />
      </div>
      {desk && <ScreenNav />}
    </header>
  )
}
