import { create } from 'zustand'
import type { Recorded } from '../sync/actions'

/** One thing the desk did that can still be undone, and the toast that says so. */
export interface UndoableAction {
  id: number
  /** "Checked in Dana Lee" */
  label: string
  recorded: Recorded[]
  /** When the undo window closes (ms): until then Ctrl+Z can take it back, its toast shown or not. */
  until: number
  /** Its toast was closed (×, Escape, its timer) or gave way to a newer one; it stays undoable. */
  hidden: boolean
}

/** A short message for the desk: an undo that could not be done, an action refused, an error. */
export interface Notice {
  id: number
  title: string
  detail?: string
  tone: 'info' | 'problem'
}

interface UndoState {
  actions: UndoableAction[]
  notices: Notice[]
  /**
   * A new action and its toast, which takes the place of the one on screen (older actions stay undoable);
   * those whose window closed before `now` are forgotten.
   */
  push: (action: Omit<UndoableAction, 'id' | 'hidden'>, now: number) => void
  /** Its toast is gone from the screen; Ctrl+Z can still undo it until its window closes. */
  hide: (id: number) => void
  /** Forgets the action (undone). */
  drop: (id: number) => void
  /** A notice, which takes the place of the toast on screen (an action's stays undoable with Ctrl+Z). */
  notify: (notice: Omit<Notice, 'id'>) => void
  dismissNotice: (id: number) => void
}

let nextId = 1

const hideAll = (actions: readonly UndoableAction[]) =>
  actions.map((a) => (a.hidden ? a : { ...a, hidden: true }))

/**
 * UI state only: what can be undone now and the one toast on screen (issue 21: toasts that stack cover the
 * desk's rows). The newest action or notice is shown; the one before gives way (an action stays undoable with
 * Ctrl+Z within its window, a notice is gone). The changes themselves are in Dexie.
 */
export const useUndoStore = create<UndoState>()((set) => ({
  actions: [],
  notices: [],
  push: (action, now) =>
    set((s) => ({
      actions: [
        ...hideAll(s.actions.filter((a) => a.until > now)),
        { ...action, id: nextId++, hidden: false },
      ],
      notices: [],
    })),
  hide: (id) => set((s) => ({ actions: s.actions.map((a) => (a.id === id ? { ...a, hidden: true } : a)) })),
  drop: (id) => set((s) => ({ actions: s.actions.filter((a) => a.id !== id) })),
  notify: (notice) => set((s) => ({ actions: hideAll(s.actions), notices: [{ ...notice, id: nextId++ }] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}))

/** The actions whose toast is on screen (one at most). */
export function shownActions(actions: readonly UndoableAction[]): UndoableAction[] {
  return actions.filter((a) => !a.hidden)
}

/** The one toast on screen: the newest action or notice not closed yet, or none. */
export type OnScreen = { kind: 'action'; action: UndoableAction } | { kind: 'notice'; notice: Notice } | null

export function toastOnScreen(state: Pick<UndoState, 'actions' | 'notices'>): OnScreen {
  const action = shownActions(state.actions).at(-1)
  const notice = state.notices.at(-1)
  if (action && (!notice || action.id > notice.id)) return { kind: 'action', action }
  return notice ? { kind: 'notice', notice } : null
}

/** The latest action still within its undo window (Ctrl+Z), whether its toast is still up or not. */
export function lastUndoable(now: number): UndoableAction | undefined {
  return useUndoStore
    .getState()
    .actions.filter((a) => a.until > now)
    .at(-1)
}
