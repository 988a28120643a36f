import { create } from 'zustand'

/** Which of the desk's overlays is open. UI state only. */
interface DeskUiState {
  shortcutsOpen: boolean
  /** The walk-in dialog, and the session it opens on (null: the session running now or next). */
  walkIn: { open: boolean; eventId: string | null }
  /** The person's card, opened on one of their bookings (its id); null when closed. */
  person: string | null
  setShortcutsOpen: (open: boolean) => void
  openWalkIn: (eventId?: string | null) => void
  closeWalkIn: () => void
  openPerson: (bookingId: string) => void
  closePerson: () => void
}

export const useDeskUi = create<DeskUiState>()((set) => ({
  shortcutsOpen: false,
  walkIn: { open: false, eventId: null },
  person: null,
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
  openWalkIn: (eventId = null) => set({ walkIn: { open: true, eventId } }),
  closeWalkIn: () => set((s) => ({ walkIn: { ...s.walkIn, open: false } })),
  openPerson: (person) => set({ person }),
  closePerson: () => set({ person: null }),
}))
