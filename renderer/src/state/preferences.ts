import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { DEFAULT_WINDOW, type WindowSpan } from '../sync/sync-window'

/** This desk's own settings (not the site's): kept in the browser's storage, read at each use. */
export interface Preferences {
  /** Recorded with every action in the activity log. */
  staffName: string
  /** The days kept on this computer around today. */
  window: WindowSpan
  /** Whether confirm and decline notify the customer unless the desk says otherwise. */
  notifyCustomers: boolean
  setStaffName: (name: string) => void
  setWindow: (window: WindowSpan) => void
  setNotifyCustomers: (notify: boolean) => void
}

export const DEFAULT_STAFF_NAME = 'Front desk'
export const WINDOW_LIMITS = { daysBefore: { min: 0, max: 7 }, daysAfter: { min: 1, max: 30 } } as const

function clamp(value: number, { min, max }: { min: number; max: number }): number {
  return Math.min(max, Math.max(min, Math.round(Number.isFinite(value) ? value : min)))
}

export const usePreferences = create<Preferences>()(
  persist(
    (set) => ({
      staffName: DEFAULT_STAFF_NAME,
      window: DEFAULT_WINDOW,
      notifyCustomers: true,
      setStaffName: (name) => set({ staffName: name.trim().slice(0, 60) }),
      setWindow: (window) =>
        set({
          window: {
            daysBefore: clamp(window.daysBefore, WINDOW_LIMITS.daysBefore),
            daysAfter: clamp(window.daysAfter, WINDOW_LIMITS.daysAfter),
          },
        }),
      setNotifyCustomers: (notifyCustomers) => set({ notifyCustomers }),
    }),
    {
      name: 'rollcall.preferences',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ staffName, window, notifyCustomers }) => ({ staffName, window, notifyCustomers }),
    },
  ),
)

/** The name the activity log records: the staff name, or "Front desk" while none is set. */
export function staffLabel(): string {
  return usePreferences.getState().staffName.trim() || DEFAULT_STAFF_NAME
}
