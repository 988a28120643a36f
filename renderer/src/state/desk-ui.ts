import { create } from 'zustand'

/** Which of the desk's overlays is open. UI state only. */
interface DeskUiState {
  shortcutsOpen: boolean
  /** The walk-in dialog, and the session it opens on (null: the session running now or next). */
  walkIn: { open: boolean; eventId: string | null }
  setShortcutsOpen: (open: boolean) => void
  openWalkIn: (eventId?: string | null) => void
  closeWalkIn: () => void
}

export const useDeskUi = create<DeskUiState>()((set) => ({
  shortcutsOpen: false,
  walkIn: { open: false, eventId: null },
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
  openWalkIn: (eventId = null) => set({ walkIn: { open: true, eventId } }),
  closeWalkIn: () => set((s) => ({ walkIn: { ...s.walkIn, open: false } })),
}))
