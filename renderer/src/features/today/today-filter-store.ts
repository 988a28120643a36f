import { create } from 'zustand'
import type { SessionFilter } from './session-filters'

export interface TodayFilterState extends SessionFilter {
  setStaff: (staff: string | null) => void
  setLocation: (location: string | null) => void
  clear: () => void
}

/**
 * The Today filters, kept outside the screen so they survive a trip to a roster and back and a switch of day
 * (a desk that looks after one location keeps seeing only it). Not persisted: a restart shows everything.
 */
export const useTodayFilter = create<TodayFilterState>()((set) => ({
  staff: null,
  location: null,
  setStaff: (staff) => set({ staff }),
  setLocation: (location) => set({ location }),
  clear: () => set({ staff: null, location: null }),
}))
