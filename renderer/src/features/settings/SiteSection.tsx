import { useId, useState } from 'react'
import { Button } from 'react-aria-components'
import type { IpcError, IpcResult } from '@shared/ipc/envelope'
import type { SiteCredentials, SiteStatus } from '@shared/ipc/site'
import { WIX_API_ORIGIN } from '@shared/wix/api-origin'
import { rollcall } from '../../ipc/rollcall'
import { useShellStore } from '../../frame/shell-store'
import { ConnectForm } from './ConnectForm'
import { bridgeError, connectionProblem } from './connection-words'
import { SwitchSiteDialog } from './SwitchSiteDialog'
import { useUnsentWork } from './useUnsentWork'

/** A problem names the API address that was tried (the demo site's, when going back to it). */
type Outcome = { tone: 'ok'; text: string } | { tone: 'problem'; error: IpcError; address: string }

/** Connecting another site changes the store unless it is the Wix site in use (same site ID: same store). */
function leavesStore(site: SiteStatus | null, credentials: SiteCredentials | null): boolean {
  if (!site) return false
  if (!credentials) return true
  return !(site.mode === 'wix' && site.siteId.toLowerCase() === credentials.siteId.toLowerCase())
}

function CurrentSite({ site }: { site: SiteStatus | null }) {
  if (!site) return <p className="settings__hint">Rollcall is still finding out which site is in use.</p>
  return (
    <>
      <dl className="settings__facts">
        <div>
          <dt>In use now</dt>
          <dd>{site.mode === 'demo' ? `The demo site (${site.businessName})` : site.businessName}</dd>
        </div>
        <div>
          <dt>Time zone</dt>
          <dd>{site.timeZone}</dd>
        </div>
        <div>
          <dt>Site ID</dt>
          <dd className="settings__code">{site.siteId}</dd>
        </div>
        {site.mode === 'wix' && site.apiBaseUrl !== WIX_API_ORIGIN && (
          <div>
            <dt>API address</dt>
            <dd className="settings__code">{site.apiBaseUrl}</dd>
          </div>
        )}
      </dl>
      {site.mode === 'demo' && (
        <p className="settings__hint">
          The demo site is made up and starts afresh each time Rollcall starts. Connect your Wix site below to
          work with your real bookings.
        </p>
      )}
      {site.problem && (
        <p role="alert" className="settings__problem">
          {site.problem}
        </p>
      )}
    </>
  )
}

/**
 * The bookings site: which one is in use, connecting a Wix site, and going back to the demo site. Main owns
 * the credentials and the switch; this section asks first when the current store still holds changes that
 * have not reached Wix, since they go out only once this site is connected again.
 */
export function SiteSection() {
  const site = useShellStore((s) => s.site)
  const work = useUnsentWork()
  const [question, setQuestion] = useState<{ go: () => Promise<void> } | null>(null)
  const [switching, setSwitching] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [formKey, setFormKey] = useState(0)
  const disconnectHint = useId()

  /** Runs a switch, asking first when it would leave unsent work behind in this store. */
  const guard = (leaves: boolean, go: () => Promise<void>) => {
    if (leaves && work && work.total > 0) setQuestion({ go })
    else void go()
  }

  const switchWith = async (
    call: () => Promise<IpcResult<SiteStatus>>,
    connected: boolean,
    address: string,
  ) => {
    setSwitching(true)
    setOutcome(null)
    let answer: IpcResult<SiteStatus>
    try {
      answer = await call()
    } catch (error) {
      answer = { ok: false, error: bridgeError(error) }
    }
    setSwitching(false)
    if (!answer.ok) {
      setOutcome({ tone: 'problem', error: answer.error, address })
      return
    }
    // main also announces it (site.changed); taking the answer too means no wait for the event.
    useShellStore.getState().setSite(answer.data)
    if (connected) setFormKey((k) => k + 1) // A fresh form: the key does not linger here.
    setOutcome({
      tone: 'ok',
      text:
        answer.data.mode === 'demo'
          ? 'Now using the demo site.'
          : `Now using ${answer.data.businessName} (${answer.data.timeZone}).`,
    })
  }

  const connect = (credentials: SiteCredentials) =>
    guard(leavesStore(site, credentials), () =>
      switchWith(() => rollcall().site.connect(credentials), true, credentials.apiBaseUrl ?? WIX_API_ORIGIN),
    )
  const useDemo = () =>
    guard(leavesStore(site, null), () => switchWith(() => rollcall().site.useDemo(), false, 'the demo site'))

  return (
    <section className="settings__section" aria-labelledby="settings-site">
      <h3 id="settings-site" className="settings__heading">
        Bookings site
      </h3>
      <CurrentSite site={site} />
      {site?.mode === 'wix' && (
        <div className="button-row">
          <Button
            className="button"
            isDisabled={switching || !work}
            aria-describedby={disconnectHint}
            onPress={useDemo}
          >
            Disconnect
          </Button>
          <p id={disconnectHint} className="settings__hint">
            Use the demo site instead: Rollcall forgets this site’s API key on this computer. Its changes not
            yet on Wix stay in its store.
          </p>
        </div>
      )}
      <h4 className="settings__subheading">
        {site?.mode === 'wix' ? 'Connect a Wix site (or a new key)' : 'Connect your Wix site'}
      </h4>
      <ConnectForm key={formKey} busy={switching} canSwitch={work !== undefined} onSave={connect} />
      <div role="status" className="settings__status">
        {switching ? 'Switching sites…' : outcome?.tone === 'ok' ? outcome.text : null}
      </div>
      {outcome?.tone === 'problem' && (
        <div role="alert" className="settings__problem">
          <p className="settings__problem-text">{connectionProblem(outcome.error, outcome.address)}</p>
          <p className="settings__hint">
            Details: {outcome.error.message} ({outcome.error.code})
          </p>
        </div>
      )}
      {work && (
        <SwitchSiteDialog
          isOpen={question !== null}
          work={work}
          site={site}
          onStay={() => setQuestion(null)}
          onSwitch={() => {
            const go = question?.go
            setQuestion(null)
            if (go) void go()
          }}
        />
      )}
    </section>
  )
}
