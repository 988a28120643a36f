import type { Route } from '../http/router'
import { attendanceRoutes } from './attendance-routes'
import { bookingWriteRoutes } from './booking-write-routes'
import { calendarRoutes } from './calendar-routes'
import { extendedBookingsRoutes } from './extended-bookings-routes'
import { multiServiceRoutes } from './multi-service-routes'
import { servicesRoutes } from './services-routes'
import { sitePropertiesRoutes } from './site-properties-routes'

/** Every Wix endpoint the demo site serves. */
export const wixRoutes: readonly Route[] = [
  ...extendedBookingsRoutes,
  ...bookingWriteRoutes,
  ...multiServiceRoutes,
  ...attendanceRoutes,
  ...calendarRoutes,
  ...sitePropertiesRoutes,
  ...servicesRoutes,
]
