import { createContext, useContext, useEffect, useState, type ReactNode } from 'react'
import { businessDayOf, type BusinessDay } from '@shared/domain/business-day'
import { useShellStore } from './shell-store'

/** What time it is, for the screens. Tests pin it to the demo site's clock. */
const ClockContext = createContext<() => number>(Date.now)

export function ClockProvider({ now, children }: { now: () => number; children: ReactNode }) {
  return <ClockContext.Provider value={now}>{children}</ClockContext.Provider>
}

export function useClock(): () => number {
  return useContext(ClockContext)
}

/** The business's time zone (the site's, not the PC's); UTC until the site is known. */
export function useBusinessTimeZone(): string {
  return useShellStore((s) => s.site?.timeZone ?? 'UTC')
}

/**
 * The time now (ms), read afresh at each render, with a render every `everyMs` so that what depends on it
 * ("Now", "Next", "requested 3 minutes ago", the day itself) moves on while a screen stays open.
 */
export function useTickingNow(everyMs = 30_000): number {
  const now = useClock()
  const [, setTick] = useState(0)
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), everyMs)
    return () => clearInterval(timer)
  }, [everyMs])
  return now()
}

/** Today in the business's time zone, moving on by itself at midnight there. */
export function useBusinessToday(): BusinessDay {
  const now = useTickingNow()
  return businessDayOf(new Date(now), useBusinessTimeZone())
}
