import { Redirect, Route, Switch } from 'wouter'
import { ActivityLog } from '../features/activity/ActivityLog'
import { CancellationsView } from '../features/cancellations/CancellationsView'
import { NeedsAttention } from '../features/attention/NeedsAttention'
import { PendingInbox } from '../features/pending/PendingInbox'
import { RosterView } from '../features/roster/RosterView'
import { SettingsView } from '../features/settings/SettingsView'
import { DaySignInSheet, SessionSignInSheet } from '../features/sheet/SignInSheet'
import { TodayView } from '../features/today/TodayView'
import { paths, routePatterns } from './routes'

/** Which screen the main area shows, from the address (hash) so a reload stays put. */
export function DeskRoutes() {
  return (
    <Switch>
      <Route path={paths.today}>
        <TodayView />
      </Route>
      <Route path={routePatterns.sheet}>{(params) => <DaySignInSheet day={params.day} />}</Route>
      <Route path={routePatterns.sessionSheet}>
        {(params) => <SessionSignInSheet eventId={decodeURIComponent(params.eventId)} />}
      </Route>
      <Route path={routePatterns.day}>{(params) => <TodayView day={params.day} />}</Route>
      <Route path={routePatterns.sessionWaitlist}>
        {(params) => (
          <RosterView key={params.eventId} eventId={decodeURIComponent(params.eventId)} focus="waitlist" />
        )}
      </Route>
      <Route path={routePatterns.session}>
        {(params) => <RosterView key={params.eventId} eventId={decodeURIComponent(params.eventId)} />}
      </Route>
      <Route path={paths.pending}>
        <PendingInbox />
      </Route>
      <Route path={paths.attention}>
        <NeedsAttention />
      </Route>
      <Route path={paths.cancellations}>
        <CancellationsView />
      </Route>
      <Route path={paths.activity}>
        <ActivityLog />
      </Route>
      <Route path={paths.settings}>
        <SettingsView />
      </Route>
      <Route>
        <Redirect to={paths.today} replace />
      </Route>
    </Switch>
  )
}
