import { useRef, useState, type FormEvent } from 'react'
import { Button } from 'react-aria-components'
import type { IpcError } from '@shared/ipc/envelope'
import type { SiteCredentials, SiteProfile } from '@shared/ipc/site'
import { WIX_API_ORIGIN } from '@shared/wix/api-origin'
import { rollcall } from '../../ipc/rollcall'
import {
  checkConnectValues,
  EMPTY_CONNECT_VALUES,
  sameConnectValues,
  type ConnectField,
  type ConnectValues,
} from './connect-form'
import { bridgeError, connectionProblem } from './connection-words'
import { TextField } from '../../ui/TextField'

type TestResult =
  | { state: 'testing'; values: ConnectValues }
  | { state: 'passed'; values: ConnectValues; profile: SiteProfile }
  | { state: 'failed'; values: ConnectValues; error: IpcError; address: string }

export interface ConnectFormProps {
  /** A switch is under way: nothing can be tested or saved meanwhile. */
  busy: boolean
  /** False while the store's unsent work is still being counted: saving would switch without asking. */
  canSwitch: boolean
  /** Save and connect, with credentials that just passed a test (the caller asks about unsent work). */
  onSave: (credentials: SiteCredentials) => void
}

const FIELD_ORDER: readonly ConnectField[] = ['apiKey', 'siteId', 'apiBaseUrl']

/**
 * Connecting a Wix site: the key and the site ID are checked here first (the same schema main uses), then
 * tried by main with a real call ("Test connection"); "Save and connect" is offered only for exactly the
 * values that passed, so a typo after the test can never be saved. The key goes to main and no further:
 * nothing here keeps it beyond this form.
 */
export function ConnectForm({ busy, canSwitch, onSave }: ConnectFormProps) {
  const [values, setValues] = useState<ConnectValues>(EMPTY_CONNECT_VALUES)
  const [attempted, setAttempted] = useState(false)
  const [result, setResult] = useState<TestResult | null>(null)
  const latestTest = useRef(0)
  const apiKeyInput = useRef<HTMLInputElement>(null)
  const siteIdInput = useRef<HTMLInputElement>(null)
  const addressInput = useRef<HTMLInputElement>(null)

  const check = checkConnectValues(values)
  const errors = attempted && !check.ok ? check.errors : {}
  const current = result !== null && sameConnectValues(result.values, values)
  const canSave = !busy && canSwitch && check.ok && result?.state === 'passed' && current

  const set = (field: ConnectField) => (value: string) => setValues((v) => ({ ...v, [field]: value }))

  const test = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    setAttempted(true)
    if (!check.ok) {
      const first = FIELD_ORDER.find((field) => check.errors[field])
      const input = { apiKey: apiKeyInput, siteId: siteIdInput, apiBaseUrl: addressInput }[first ?? 'apiKey']
        .current
      const details = input?.closest('details')
      if (details) details.open = true // The address is under "Advanced": show it before focusing it.
      input?.focus()
      return
    }
    const tested = values
    const run = ++latestTest.current
    setResult({ state: 'testing', values: tested })
    let answer
    try {
      answer = await rollcall().site.test(check.credentials)
    } catch (error) {
      answer = { ok: false as const, error: bridgeError(error) }
    }
    if (run !== latestTest.current) return // A newer test is under way: its answer is the one to show.
    setResult(
      answer.ok
        ? { state: 'passed', values: tested, profile: answer.data }
        : {
            state: 'failed',
            values: tested,
            error: answer.error,
            address: check.credentials.apiBaseUrl ?? WIX_API_ORIGIN,
          },
    )
  }

  return (
    <form
      className="settings__form"
      onSubmit={(event) => void test(event)}
      noValidate
      aria-label="Connect a Wix site"
    >
      <TextField
        label="API key"
        type="password"
        value={values.apiKey}
        onChange={set('apiKey')}
        error={errors.apiKey}
        hint="From the API Keys Manager of your Wix account. It is kept encrypted by Rollcall, on this computer only."
        inputRef={apiKeyInput}
      />
      <TextField
        label="Site ID"
        value={values.siteId}
        onChange={set('siteId')}
        error={errors.siteId}
        hint="In the address of your site's dashboard: manage.wix.com/dashboard/<site ID>."
        inputRef={siteIdInput}
      />
      <details className="settings__advanced">
        <summary className="settings__summary">Advanced</summary>
        <TextField
          label="API address"
          type="url"
          value={values.apiBaseUrl}
          onChange={set('apiBaseUrl')}
          error={errors.apiBaseUrl}
          placeholder={WIX_API_ORIGIN}
          hint={`Only for a Wix-compatible API, such as a demo site started apart. Empty: ${WIX_API_ORIGIN}.`}
          inputRef={addressInput}
        />
      </details>
      <div className="button-row">
        <Button type="submit" className="button" isDisabled={busy || result?.state === 'testing'}>
          Test connection
        </Button>
        <Button
          className="button button--primary"
          isDisabled={!canSave}
          onPress={() => {
            if (canSave) onSave(check.credentials)
          }}
        >
          Save and connect
        </Button>
      </div>
      <div role="status" className="settings__status">
        {result?.state === 'testing' && 'Testing the connection…'}
        {result?.state === 'passed' &&
          (current ? (
            <>
              <span>
                Connected to {result.profile.businessName} ({result.profile.timeZone})
              </span>{' '}
              <span className="settings__hint">Save and connect to start using it.</span>
            </>
          ) : (
            'The details changed since the test: test the connection again before saving.'
          ))}
      </div>
      {result?.state === 'failed' && current && (
        <div role="alert" className="settings__problem">
          <p className="settings__problem-text">{connectionProblem(result.error, result.address)}</p>
          <p className="settings__hint">
            Details: {result.error.message} ({result.error.code})
          </p>
        </div>
      )}
    </form>
  )
}
