import { useState } from 'react'
import { Link, useRoute } from 'wouter'
import { useBusinessTimeZone } from './clock'
import { paths } from './routes'
import { useSyncEngine, useSyncState } from '../sync/SyncEngineProvider'
import { RECONNECT_HERE, RECONNECT_IN_SETTINGS, type SyncEngineState } from '../sync/engine-state'
import { setAsideWords } from '../sync/set-aside'
import { pullProgressWords } from '../queries/session-count-words'

function waiting(count: number): string {
  return count === 1 ? '1 change waiting' : `${count} changes waiting`
}

/** "1 needs attention", "3 need attention"; null when nothing does. */
export function attentionWords(count: number): string | null {
  return count ? `${count} need${count === 1 ? 's' : ''} attention` : null
}

/** The sentence the desk reads: offline or not, what is waiting, what the engine is doing. */
export function syncSummary(state: SyncEngineState): string {
  const parts: string[] = []
  if (!state.online) parts.push('Offline')
  if (state.phase === 'paused-auth') parts.push('Paused: reconnect the site')
  else if (state.phase === 'pulling' && !state.hasData) parts.push('Loading the schedule…')
  if (state.pendingCount) parts.push(waiting(state.pendingCount))
  // "All changes synced" only once there is something synced: not while the first load is still to come.
  else if (state.hasData) parts.push('All changes synced')
  else if (state.phase !== 'pulling') parts.push('Not synced yet')
  const attention = attentionWords(state.attentionCount)
  if (attention) parts.push(attention)
  return parts.join(' · ')
}

/**
 * What "Sync now" says when it could not reach Wix because the line is down: why nothing happened, and that
 * nothing is lost ("Offline: nothing was sent. Your 3 changes are kept and go out when the line is back.").
 */
export function syncNowOfflineWords(pendingCount: number): string {
  const kept =
    pendingCount === 0
      ? 'Nothing is waiting to go out; the schedule updates when the line is back.'
      : pendingCount === 1
        ? 'Your change is kept and goes out when the line is back.'
        : `Your ${pendingCount} changes are kept and go out when the line is back.`
  return `Offline: nothing was sent. ${kept}`
}

function lastSynced(at: number | null, timeZone: string): string | undefined {
  return at
    ? `Last synced ${new Date(at).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit', timeZone })}`
    : undefined
}

/** Always visible: the sync state (a polite live region), a first-sync progress bar and "Sync now". */
export function SyncStatus() {
  const engine = useSyncEngine()
  const state = useSyncState()
  const timeZone = useBusinessTimeZone()
  const progress = state.progress
  const synced = lastSynced(state.lastSyncedAt, timeZone)
  const unreadable = setAsideWords(state.setAside)
  // Someone already in Settings is not sent to Settings: no Reconnect link, and the sentence points below.
  const [inSettings] = useRoute(paths.settings)
  const problem = inSettings ? state.problem?.replace(RECONNECT_IN_SETTINGS, RECONNECT_HERE) : state.problem
  // What the last "Sync now" pressed during an outage came to; said while the line stays down.
  const [offlineNote, setOfflineNote] = useState<string | null>(null)
  const syncNow = async () => {
    if (!engine) return
    setOfflineNote(null)
    const report = await engine.syncNow()
    const after = engine.getState()
    if (!after.online && !report.push?.done) setOfflineNote(syncNowOfflineWords(after.pendingCount))
  }
  // The sentence, its last words ("1 needs attention") a link to the changes to review: one line at 1280 px
  // beside the search and Add walk-in, where a "Review" link of its own cut the sentence short.
  const attention = attentionWords(state.attentionCount)
  const before = syncSummary({ ...state, attentionCount: 0 })
  return (
    <div className="sync">
      <div role="status" aria-label="Sync" className="sync__status" title={problem ?? synced}>
        {before}
        {attention && (
          <>
            {before && ' · '}
            <Link href={paths.attention} className="sync__attention">
              {attention}
            </Link>
          </>
        )}
      </div>
      {/* Outside the live region: a time that changes at every sync would be announced again and again. */}
      {synced && <span className="sync__last">{synced}</span>}
      {state.phase === 'paused-auth' && !inSettings && (
        <Link href={paths.settings} className="sync__attention">
          Reconnect
        </Link>
      )}
      {/* Records Wix sent that main set aside (and logged); its own region, announced when it changes. */}
      {unreadable && (
        <span role="status" aria-label="Records set aside" className="sync__set-aside">
          {unreadable}
        </span>
      )}
      {/* Outside the live region too: the numbers change with every page read. */}
      {progress && !state.hasData && (
        <>
          <progress
            className="sync__progress"
            aria-label="First sync"
            aria-valuetext={pullProgressWords(progress) ?? undefined}
            max={progress.total ?? undefined}
            value={progress.total ? Math.min(progress.done, progress.total) : undefined}
          />
          <span className="sync__progress-words">{pullProgressWords(progress)}</span>
        </>
      )}
      <button
        type="button"
        className="sync__now"
        disabled={!engine || state.phase === 'pushing' || state.phase === 'pulling'}
        onClick={() => void syncNow()}
      >
        Sync now
      </button>
      {/* Its own region, always there so that what a press came to is announced when it is set. */}
      <span role="status" aria-label="Why nothing was sent" className="sync__note">
        {state.online ? null : offlineNote}
      </span>
    </div>
  )
}
