import { useLiveQuery } from 'dexie-react-hooks'
import { Link, useLocation } from 'wouter'
import { useDb } from '../db/DatabaseProvider'
import { useSyncValue } from '../sync/SyncEngineProvider'
import { paths } from './routes'

function Count({ value, label }: { value: number; label: string }) {
  if (!value) return null
  return (
    <span className="nav__count" aria-label={`${value} ${label}`}>
      {value}
    </span>
  )
}

/** The screens: Today, Pending (how many wait), Needs attention (how many), Cancellations, Activity, Settings. */
export function ScreenNav() {
  const db = useDb()
  const [location] = useLocation()
  const pending = useLiveQuery(() => db.bookings.where('status').equals('PENDING').count(), [db]) ?? 0
  const attentionCount = useSyncValue((state) => state.attentionCount)
  const isToday = location === paths.today || location.startsWith('/day/') || location.startsWith('/session/')
  const items = [
    { href: paths.today, label: 'Today', current: isToday, count: null },
    {
      href: paths.pending,
      label: 'Pending',
      current: location === paths.pending,
      count: { value: pending, label: 'pending' },
    },
    {
      href: paths.attention,
      label: 'Needs attention',
      current: location === paths.attention,
      count: { value: attentionCount, label: 'need attention' },
    },
    {
      href: paths.cancellations,
      label: 'Cancellations',
      current: location === paths.cancellations,
      count: null,
    },
    { href: paths.activity, label: 'Activity', current: location === paths.activity, count: null },
    { href: paths.settings, label: 'Settings', current: location === paths.settings, count: null },
  ]
  return (
    <nav aria-label="Screens" className="nav">
      <ul className="nav__list">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              className={`nav__link${item.current ? ' nav__link--current' : ''}`}
              aria-current={item.current ? 'page' : undefined}
            >
              {item.label}
              {item.count && <Count {...item.count} />}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
