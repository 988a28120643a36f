import type { BusinessDay } from '@shared/domain/business-day'
import { useEffect, useId, useRef } from 'react'
import { EARLIEST_DAY, LATEST_DAY, pickedDay } from './day-param'
import type { DayNavigation } from './useDayNavigation'

export interface DaySwitcherProps {
  shown: BusinessDay
  isToday: boolean
  navigation: DayNavigation
}

/**
 * Previous day, next day, back to today and a date field, as one labelled group "Day". Native buttons,
 * so that their keys (`[`, `]`, `T`) reach the DOM as aria-keyshortcuts and screen readers announce them.
 */
export function DaySwitcher({ shown, isToday, navigation }: DaySwitcherProps) {
  const fieldId = useId()
  const field = useRef<HTMLInputElement>(null)
  // The field is left to itself while someone types in it; it follows the day when the day changes.
  useEffect(() => {
    if (field.current && field.current.value !== shown) field.current.value = shown
  }, [shown])

  return (
    <div role="group" aria-label="Day" className="day-switcher">
      <button type="button" className="button" onClick={navigation.previous} aria-keyshortcuts="[">
        <span aria-hidden="true">←</span> Previous day
      </button>
      <button type="button" className="button" onClick={navigation.next} aria-keyshortcuts="]">
        Next day <span aria-hidden="true">→</span>
      </button>
      <button
        type="button"
        className="button"
        onClick={navigation.backToToday}
        disabled={isToday}
        aria-keyshortcuts="T"
      >
        Today
      </button>
      <span className="day-switcher__field">
        <label htmlFor={fieldId}>Go to day</label>
        <input
          ref={field}
          id={fieldId}
          type="date"
          className="input"
          defaultValue={shown}
          min={EARLIEST_DAY}
          max={LATEST_DAY}
          onChange={(event) => {
            const day = pickedDay(event.currentTarget.value)
            if (day && day !== shown) navigation.goTo(day)
          }}
          onBlur={(event) => {
            // Half-typed or cleared: show the day on screen again.
            event.currentTarget.value = shown
          }}
        />
      </span>
    </div>
  )
}
