import { useEffect, useState } from 'react'
import { useClock } from '../../app/clock'

/**
 * The time now (ms), read afresh at each render, with a render every 30 seconds so that what depends on it
 * ("Now", "Next") moves on while the screen stays open.
 */
export function useTickingNow(): number {
  const now = useClock()
  const [, setTick] = useState(0)
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), 30_000)
    return () => clearInterval(timer)
  }, [])
  return now()
}
