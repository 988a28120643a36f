import { useState } from 'react'
import { Button } from 'react-aria-components'
import { rollcall } from '../../ipc/rollcall'

type Outcome = { ok: true; path: string } | { ok: false; problem: string }

/**
 * "Open logs folder", for whoever helps the desk: main shows the folder of its log file in the system's file
 * manager. The log never holds API keys or customers' contact details (main masks them before writing).
 */
export function LogsFolderButton() {
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [opening, setOpening] = useState(false)

  const open = async () => {
    setOpening(true)
    try {
      const answer = await rollcall().app.openLogsFolder()
      setOutcome(
        answer.ok ? { ok: true, path: answer.data.path } : { ok: false, problem: answer.error.message },
      )
    } catch (error) {
      setOutcome({ ok: false, problem: error instanceof Error ? error.message : String(error) })
    } finally {
      setOpening(false)
    }
  }

  return (
    <>
      <div className="button-row">
        <Button className="button" isDisabled={opening} onPress={() => void open()}>
          Open logs folder
        </Button>
        <p className="settings__hint">
          For whoever helps you with Rollcall. The log never holds API keys or customers’ contact details.
        </p>
      </div>
      <div role="status" className="settings__status">
        {outcome?.ok && (
          <>
            Opened <span className="settings__code">{outcome.path}</span>
          </>
        )}
      </div>
      {outcome && !outcome.ok && (
        <p role="alert" className="settings__problem">
          {outcome.problem}
        </p>
      )}
    </>
  )
}
