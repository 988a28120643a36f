import { useMemo } from 'react'
import { useClock } from '../frame/clock'
import { describeStorageError } from '../db/storage-problem'
import {
  ActionRefused,
  deskActions,
  type ActionOutcome,
  type DeskActionArgs,
  type DeskActionName,
  type UndoOutcome,
} from '../sync/actions'
import { UNDO_WINDOW_MS, useSyncEngine } from '../sync/SyncEngineProvider'
import type { SyncEngine } from '../sync/engine'
import { useUndoStore } from './undo-store'

/**
 * The front desk's actions, as the screens call them — derived from the one declaration (sync/actions.ts
 * `deskActions`): each is recorded through the engine (one local transaction, queued for Wix); an undoable
 * one is offered for undo for 10 seconds under its own words; an undo says how it went; and when the
 * booking's state does not allow an action or the store fails, a notice explains instead of a throw.
 * Resolves true when recorded.
 */
export type DeskActions = {
  [K in DeskActionName]: (...args: DeskActionArgs<K>) => Promise<boolean>
}

export function problemNotice(error: unknown): { title: string; detail?: string } {
  if (error instanceof ActionRefused) return { title: 'Not done', detail: error.message }
  const problem = describeStorageError(error)
  return { title: problem.title, detail: problem.detail }
}

/** The desk's API over an engine: what each kind of action does with its outcome (see ActionKind). */
export function deskActionsOf(engine: SyncEngine, now: () => number): DeskActions {
  const { push, notify } = useUndoStore.getState()
  const afterOutcome = {
    undoable: (outcome: unknown) => {
      const { recorded, words } = outcome as ActionOutcome
      const at = now()
      push({ label: words, recorded, until: at + UNDO_WINDOW_MS }, at)
    },
    decision: () => undefined,
    undo: (outcome: unknown) => notify((outcome as UndoOutcome).notice),
  }
  const wrap = <K extends DeskActionName>(name: K) => {
    const call = engine.actions[name] as (...args: DeskActionArgs<K>) => Promise<unknown>
    return async (...args: DeskActionArgs<K>) => {
      try {
        afterOutcome[deskActions[name].kind](await call(...args))
        return true
      } catch (error) {
        notify({ tone: 'problem', ...problemNotice(error) })
        return false
      }
    }
  }
  return Object.fromEntries(
    (Object.keys(deskActions) as DeskActionName[]).map((name) => [name, wrap(name)]),
  ) as unknown as DeskActions
}

/** The desk's actions, or null while the engine is not running (the store is not open yet). */
export function useDeskActions(): DeskActions | null {
  const engine = useSyncEngine()
  const now = useClock()
  return useMemo(() => (engine ? deskActionsOf(engine, now) : null), [engine, now])
}
