import { useEffect, useId, useRef, useState } from 'react'
import { Button } from 'react-aria-components'
import { rollcall } from '../../ipc/rollcall'
import { useShellStore } from '../../frame/shell-store'
import { RESTART_GRACE_MS } from '../../sync/engine'
import { useSyncEngine, useSyncState } from '../../sync/SyncEngineProvider'
import { queuedChangesNote, readyTitle } from './update-words'
import './update.css'

type Step =
  | { kind: 'offered' }
  /** The desk pressed "Restart to update": the sync engine finishes what it is sending first. */
  | { kind: 'waiting' }
  | { kind: 'restarting' }
  | { kind: 'failed'; problem: string }

/**
 * "Restart to update", once main has downloaded an update: a bar in the frame's layout above the status bar,
 * never a dialog nor a card over the screen, so it covers no row and never stands in the way of a check-in
 * (the screen's scroller gets shorter instead; issue 21). Pressing it does not restart at once: the sync engine stops starting
 * anything, the send in progress finishes (nothing is left `sending`), and only then does main quit and
 * install. Changes still queued stay in this computer's store and go out after the restart. "Later" hides it;
 * the update then installs the next time Rollcall is closed.
 */
export function UpdatePrompt() {
  const update = useShellStore((s) => s.update)
  const engine = useSyncEngine()
  const sync = useSyncState()
  const [dismissed, setDismissed] = useState<string | null>(null)
  const [step, setStep] = useState<Step>({ kind: 'offered' })
  const titleId = useId()
  const graceTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(graceTimer.current), [])

  const version = update.version ?? ''
  if (update.state !== 'ready' || dismissed === version) return null

  const restart = async () => {
    setStep({ kind: 'waiting' })
    const install = async (): Promise<boolean> => {
      const answer = await rollcall().app.installUpdate()
      if (!answer.ok) setStep({ kind: 'failed', problem: answer.error.message })
      return answer.ok
    }
    let restarting: boolean
    try {
      restarting = engine ? await engine.pauseForRestart(install) : await install()
    } catch (error) {
      setStep({ kind: 'failed', problem: error instanceof Error ? error.message : String(error) })
      return
    }
    if (!restarting) return
    setStep({ kind: 'restarting' })
    // Still here long after main said it restarts: it did not (the engine resumes on its own then).
    graceTimer.current = setTimeout(
      () =>
        setStep({
          kind: 'failed',
          problem: 'Rollcall did not restart. Nothing was lost; try again, or close Rollcall to install it.',
        }),
      RESTART_GRACE_MS,
    )
  }

  const busy = step.kind === 'waiting' || step.kind === 'restarting'
  return (
    <section className="update" aria-labelledby={titleId}>
      <h2 id={titleId} className="update__title">
        Update ready
      </h2>
      <div role="status" className="update__status">
        <p className="update__text">{readyTitle(update.version)}</p>
        <p className="update__text">
          {step.kind === 'waiting'
            ? sync.phase === 'pushing'
              ? 'Finishing the changes being sent to Wix; Rollcall restarts right after.'
              : 'Getting ready to restart…'
            : step.kind === 'restarting'
              ? 'Restarting…'
              : queuedChangesNote(sync.pendingCount)}
        </p>
      </div>
      {step.kind === 'failed' && (
        <p role="alert" className="update__problem">
          {step.problem}
        </p>
      )}
      <div className="update__buttons">
        <Button className="button button--primary" isDisabled={busy} onPress={() => void restart()}>
          Restart to update
        </Button>
        <Button
          className="button"
          isDisabled={busy}
          onPress={() => {
            setDismissed(version)
            setStep({ kind: 'offered' })
          }}
        >
          Later
        </Button>
      </div>
      <p className="update__hint">Or it installs the next time Rollcall is closed.</p>
    </section>
  )
}
