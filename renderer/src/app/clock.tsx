import { createContext, useContext, useEffect, useState, type ReactNode } from 'react'
import { businessDayOf, type BusinessDay } from '@shared/domain/business-day'
import { useShellStore } from '../state/shell-store'

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

/** Today in the business's time zone, moving on by itself at midnight there. */
export function useBusinessToday(): BusinessDay {
  const now = useClock()
  const timeZone = useBusinessTimeZone()
  // Re-render now and then so the day moves on at midnight; the day itself is worked out at each render.
  const [, setTick] = useState(0)
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), 30_000)
    return () => clearInterval(timer)
  }, [])
  return businessDayOf(new Date(now()), timeZone)
}
