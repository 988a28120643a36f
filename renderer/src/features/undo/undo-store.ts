import { create } from 'zustand'
import type { Recorded } from '../../sync/actions'

/** One thing the desk did that can still be undone, and the toast that says so. */
export interface UndoableAction {
  id: number
  /** "Checked in Dana Lee" */
  label: string
  recorded: Recorded[]
  /** When the undo window closes (ms). */
  until: number
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
  push: (action: Omit<UndoableAction, 'id'>) => void
  /** Removes the action from the list (undone, expired or dismissed). */
  drop: (id: number) => void
  notify: (notice: Omit<Notice, 'id'>) => void
  dismissNotice: (id: number) => void
}

let nextId = 1
/** Toasts on screen at once: older ones give way. */
const MAX_TOASTS = 3

/** UI state only: what can be undone now and which notices are up. The changes themselves are in Dexie. */
export const useUndoStore = create<UndoState>()((set) => ({
  actions: [],
  notices: [],
  push: (action) => set((s) => ({ actions: [...s.actions, { ...action, id: nextId++ }].slice(-MAX_TOASTS) })),
  drop: (id) => set((s) => ({ actions: s.actions.filter((a) => a.id !== id) })),
  notify: (notice) =>
    set((s) => ({ notices: [...s.notices, { ...notice, id: nextId++ }].slice(-MAX_TOASTS) })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}))

/** The latest action still within its undo window (Ctrl+Z). */
export function lastUndoable(now: number): UndoableAction | undefined {
  return useUndoStore
    .getState()
    .actions.filter((a) => a.until > now)
    .at(-1)
}
