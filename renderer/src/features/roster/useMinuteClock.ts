import { useEffect, useState } from 'react'
import { useClock } from '../../app/clock'

/**
 * The time now (ms, the desk's clock), re-rendering once a minute so "requested 3 minutes ago" keeps up
 * while the screen sits open at the desk.
 */
export function useMinuteClock(): number {
  const now = useClock()
  const [, setTick] = useState(0)
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), 60_000)
    return () => clearInterval(timer)
  }, [])
  return now()
}
