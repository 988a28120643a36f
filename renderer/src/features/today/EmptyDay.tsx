import { addDays, formatBusinessDay, type BusinessDay } from '@shared/domain/business-day'
import { usePreferences } from '../../state/preferences'

/**
 * "No sessions on this day" — and, for a day beyond the days this computer keeps offline, why it may look
 * empty here when it is not on Wix.
 */
export function EmptyDay({ shown, today }: { shown: BusinessDay; today: BusinessDay }) {
  const window = usePreferences((s) => s.window)
  const first = addDays(today, -window.daysBefore)
  const last = addDays(today, window.daysAfter)
  const outside = shown < first || shown > last
  return (
    <div className="today__empty">
      <p>No sessions on this day</p>
      {outside && (
        <p className="today__hint">
          This computer keeps the days from {formatBusinessDay(first)} to {formatBusinessDay(last)}. Settings
          changes how many days it keeps.
        </p>
      )}
    </div>
  )
}
