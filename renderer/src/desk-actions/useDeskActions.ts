import { useMemo } from 'react'
import { useClock } from '../frame/clock'
import {
  ActionRefused,
  type AttendanceTarget,
  type CustomerMessageInput,
  type Recorded,
  type WalkInRequest,
} from '../sync/actions'
import { undoneSummary } from '../sync/action-words'
import { UNDO_WINDOW_MS, useSyncEngine } from '../sync/SyncEngineProvider'
import type { SyncEngine } from '../sync/engine'
import { describeStorageError } from '../db/storage-problem'
import { forgetShownAttendance } from '../features/roster/optimistic-attendance'
import { useUndoStore } from './undo-store'

/**
 * The front desk's actions, as the screens call them: each one is recorded through the engine (one local
 * transaction, queued for Wix), offered for undo for 10 seconds, and — when the booking's state does not
 * allow it or the store fails — explained in a notice instead of thrown. Resolves true when recorded.
 */
export interface DeskActions {
  checkIn(targets: AttendanceTarget[], label: string): Promise<boolean>
  undoCheckIn(targets: AttendanceTarget[], label: string): Promise<boolean>
  markNoShow(targets: AttendanceTarget[], label: string): Promise<boolean>
  confirm(bookingId: string, message: CustomerMessageInput | undefined, label: string): Promise<boolean>
  decline(bookingId: string, message: CustomerMessageInput | undefined, label: string): Promise<boolean>
  cancel(bookingId: string, message: CustomerMessageInput | undefined, label: string): Promise<boolean>
  promoteFromWaitlist(
    bookingId: string,
    choice: { override: boolean; message?: CustomerMessageInput },
    label: string,
  ): Promise<boolean>
  addWalkIn(request: WalkInRequest, label: string): Promise<boolean>
  /** Needs attention: send again (optionally over capacity), or drop the change. Not undoable. */
  retry(mutationId: string, choice?: { override?: boolean }): Promise<boolean>
  discard(mutationId: string): Promise<boolean>
}

export function problemNotice(error: unknown): { title: string; detail?: string } {
  if (error instanceof ActionRefused) return { title: 'Not done', detail: error.message }
  const problem = describeStorageError(error)
  return { title: problem.title, detail: problem.detail }
}

/**
 * Runs an undo (the toast's Undo, Ctrl+Z) and says how it went: "Undid: Checked in Dana Lee" in a notice
 * (read out like every toast), or what could not be undone and why.
 */
export async function undoAction(engine: SyncEngine, recorded: Recorded[], label: string): Promise<void> {
  const notify = useUndoStore.getState().notify
  forgetShownAttendance(recorded.map((r) => r.bookingId))
  try {
    const outcome = await engine.actions.undo(recorded)
    if (outcome.refused.length)
      notify({ tone: 'problem', title: `Could not fully undo: ${label}`, detail: outcome.refused.join(' ') })
    else if (outcome.dropped + outcome.reversed > 0) notify({ tone: 'info', title: undoneSummary(label) })
    else notify({ tone: 'info', title: `Already undone: ${label}` })
  } catch (error) {
    notify({ tone: 'problem', ...problemNotice(error) })
  }
}

/** The desk's actions, or null while the engine is not running (the store is not open yet). */
export function useDeskActions(): DeskActions | null {
  const engine = useSyncEngine()
  const now = useClock()
  return useMemo(() => {
    if (!engine) return null
    const { push, notify } = useUndoStore.getState()
    const undoable = async (work: () => Promise<Recorded[]>, label: string) => {
      try {
        const recorded = await work()
        const at = now()
        push({ label, recorded, until: at + UNDO_WINDOW_MS }, at)
        return true
      } catch (error) {
        notify({ tone: 'problem', ...problemNotice(error) })
        return false
      }
    }
    const plain = async (work: () => Promise<unknown>) => {
      try {
        await work()
        return true
      } catch (error) {
        notify({ tone: 'problem', ...problemNotice(error) })
        return false
      }
    }
    const a = engine.actions
    return {
      checkIn: (targets, label) => undoable(() => a.checkIn(targets), label),
      undoCheckIn: (targets, label) => undoable(() => a.undoCheckIn(targets), label),
      markNoShow: (targets, label) => undoable(() => a.markNoShow(targets), label),
      confirm: (id, message, label) => undoable(() => a.confirm(id, message), label),
      decline: (id, message, label) => undoable(() => a.decline(id, message), label),
      cancel: (id, message, label) => undoable(() => a.cancel(id, message), label),
      promoteFromWaitlist: (id, choice, label) => undoable(() => a.promoteFromWaitlist(id, choice), label),
      addWalkIn: (request, label) => undoable(() => a.addWalkIn(request), label),
      retry: (id, choice) => plain(() => a.retry(id, choice)),
      discard: (id) => plain(() => a.discard(id)),
    } satisfies DeskActions
  }, [engine, now])
}
