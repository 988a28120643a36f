import { formatBusinessDay } from '@shared/domain/business-day'
import { useBusinessToday } from '../../app/clock'

/** Placeholder: replaced by the real Today screen. */
export function TodayView({ day }: { day?: string }) {
  const today = useBusinessToday()
  const shown = day ?? today
  return (
    <section aria-labelledby="today-heading" className="today">
      <h2 id="today-heading">
        {shown === today ? 'Today' : formatBusinessDay(shown)}, {formatBusinessDay(shown)}
      </h2>
    </section>
  )
}
