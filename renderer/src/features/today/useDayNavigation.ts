import { addDays, type BusinessDay } from '@shared/domain/business-day'
import { useEffect, useRef } from 'react'
import { useLocation } from 'wouter'
import { paths } from '../../frame/routes'

export interface DayNavigation {
  goTo: (day: BusinessDay) => void
  previous: () => void
  next: () => void
  backToToday: () => void
}

/**
 * Moving between days through the address (so a reload stays on the day): today is `/`, any other day
 * `/day/YYYY-MM-DD`. Steps count from the day last asked for, not the day last drawn, so `[` pressed twice
 * (or held down) goes back two days even when the second press comes before the screen has caught up.
 */
export function useDayNavigation(shown: BusinessDay, today: BusinessDay): DayNavigation {
  const [, navigate] = useLocation()
  const asked = useRef(shown)
  useEffect(() => {
    asked.current = shown
  }, [shown])
  const goTo = (day: BusinessDay) => {
    asked.current = day
    navigate(day === today ? paths.today : paths.day(day))
  }
  return {
    goTo,
    previous: () => goTo(addDays(asked.current, -1)),
    next: () => goTo(addDays(asked.current, 1)),
    backToToday: () => goTo(today),
  }
}
