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
  /** Its toast was closed (×, Escape, its timer) or gave way to newer ones; it stays undoable. */
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
  /** A new action (and its toast); those whose window closed before `now` are forgotten. */
  push: (action: Omit<UndoableAction, 'id' | 'hidden'>, now: number) => void
  /** Its toast is gone from the screen; Ctrl+Z can still undo it until its window closes. */
  hide: (id: number) => void
  /** Forgets the action (undone). */
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
  push: (action, now) =>
    set((s) => {
      const actions = [...s.actions.filter((a) => a.until > now), { ...action, id: nextId++, hidden: false }]
      const shown = actions.filter((a) => !a.hidden).slice(-MAX_TOASTS)
      return { actions: actions.map((a) => (a.hidden || shown.includes(a) ? a : { ...a, hidden: true })) }
    }),
  hide: (id) => set((s) => ({ actions: s.actions.map((a) => (a.id === id ? { ...a, hidden: true } : a)) })),
  drop: (id) => set((s) => ({ actions: s.actions.filter((a) => a.id !== id) })),
  notify: (notice) =>
    set((s) => ({ notices: [...s.notices, { ...notice, id: nextId++ }].slice(-MAX_TOASTS) })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}))

/** The actions whose toast is on screen. */
export function shownActions(actions: readonly UndoableAction[]): UndoableAction[] {
  return actions.filter((a) => !a.hidden)
}

/** The latest action still within its undo window (Ctrl+Z), whether its toast is still up or not. */
export function lastUndoable(now: number): UndoableAction | undefined {
  return useUndoStore
    .getState()
    .actions.filter((a) => a.until > now)
    .at(-1)
}
