import { businessDayOf, formatBusinessDay } from '@shared/domain/business-day'
import { useShellStore } from '../../state/shell-store'

/** The front desk's home: today's sessions, in the business's time zone. */
export function TodayView() {
  const timeZone = useShellStore((s) => s.site?.timeZone)
  const day = timeZone ? businessDayOf(new Date(), timeZone) : null
  return (
    <section aria-labelledby="today-heading" className="today">
      <h2 id="today-heading">Today{day ? `, ${formatBusinessDay(day)}` : ''}</h2>
      <p className="today__empty">Sessions appear here after the first sync with your bookings site.</p>
    </section>
  )
}
