import type { IncomingHttpHeaders } from 'node:http'
import { allPermissionScopes, permissionScopes, type PermissionScope } from '@shared/wix/permissions'
import type { Route } from './router'
import { applicationError } from './wix-error'

/**
 * API-key auth like Wix (electron/main/wix/README.md, "Auth and headers"): `Authorization: <API key>` — the
 * raw key, no "Bearer" — plus `wix-site-id`. A missing or wrong key is 401; a missing or wrong site id is 403
 * (the key has no access to that site), a wrong one with a code that names the site, so a client can tell it
 * apart from a permission the key lacks. Codes are guesses: Wix documents the statuses, not the codes.
 */
export interface SiteCredentials {
  apiKey: string
  siteId: string
  /** The permission scopes the site owner gave this key (all of them unless told otherwise). */
  scopes: Set<PermissionScope>
}

/** A key with every permission Rollcall uses, as the demo site's default key has. */
export function everyScope(): Set<PermissionScope> {
  return new Set(allPermissionScopes)
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}

export function checkAuth(headers: IncomingHttpHeaders, credentials: SiteCredentials): void {
  const authorization = header(headers, 'authorization')
  if (!authorization) {
    throw applicationError(
      401,
      'UNAUTHENTICATED',
      'Missing Authorization header (send the API key as is, without "Bearer")',
    )
  }
  if (authorization !== credentials.apiKey) {
    throw applicationError(401, 'UNAUTHENTICATED', 'The API key is not valid')
  }
  const siteId = header(headers, 'wix-site-id')
  if (!siteId) throw applicationError(403, 'PERMISSION_DENIED', 'Missing wix-site-id header')
  if (siteId !== credentials.siteId)
    throw applicationError(403, 'SITE_ACCESS_DENIED', 'The API key has no access to this site')
}

interface WriteFlags {
  flowControlSettings?: {
    skipAvailabilityValidation?: unknown
    skipBusinessConfirmation?: unknown
    ignoreCancellationPolicy?: unknown
    ignoreReschedulePolicy?: unknown
  } | null
}

/** A write whose flow-control settings override the service's booking policy (cancel, visit cancel, reschedule). */
function overridesPolicy(flags: WriteFlags): boolean {
  return (
    flags.flowControlSettings?.ignoreCancellationPolicy === true ||
    flags.flowControlSettings?.ignoreReschedulePolicy === true
  )
}

/**
 * What a call needs — each requirement met by any one of its scopes — as the SDK typings' `@permissionScope`
 * lines say: reads of bookings and attendance "Read Bookings - Including Participants"; every write "Manage
 * Bookings" (attendance also "Manage Bookings Services and Settings", which the Attendance module lists
 * a guess); a create that skips availability or the business's confirmation also
 * `BOOKINGS.OVERRIDE_AVAILABILITY` (SDK facts C2); a cancel (one booking or a visit) with
 * `ignoreCancellationPolicy: true`, or a reschedule with `ignoreReschedulePolicy: true`, also
 * `BOOKINGS.IGNORE_BOOKING_POLICY` (SDK-B ~1094, ~1620–1680); Calendar "Read Calendar"; Site Properties its own (C16);
 * services and their variants any of "Read Bookings - Public Data", "Read Bookings - Including
 * Participants", "Manage Bookings", "Manage Bookings Services and Settings" (their modules list those).
 */
export function requiredScopes(route: Route, body: unknown): PermissionScope[][] {
  switch (route.service) {
    case 'bookings-reader':
      return [['readBookings']]
    case 'calendar':
      return [['readCalendar']]
    case 'site-properties':
      return [['siteProperties']]
    case 'services':
    case 'service-options':
      return [['readBookingsPublic', 'readBookings', 'manageBookings', 'manageBookingsSettings']]
    case 'attendance':
      // GUESS: Manage Bookings Services and Settings sets attendance (the Attendance module lists it).
      return route.path.endsWith('/set') ? [['manageBookings', 'manageBookingsSettings']] : [['readBookings']]
    case 'bookings-writer': {
      const flags = (typeof body === 'object' && body !== null ? body : {}) as WriteFlags
      if (route.path !== '/v2/bookings')
        return overridesPolicy(flags) ? [['manageBookings'], ['ignoreBookingPolicy']] : [['manageBookings']]
      const overrides =
        flags.flowControlSettings?.skipAvailabilityValidation === true ||
        flags.flowControlSettings?.skipBusinessConfirmation === true
      return overrides ? [['manageBookings'], ['overrideAvailability']] : [['manageBookings']]
    }
  }
}

/**
 * A call the key lacks a permission for is refused as Wix refuses it: 403 with an application error. The
 * code and the wording are guesses — the SDK names no code for a missing permission scope — and the
 * missing scope is named only in the description, which a client must not rely on.
 */
export function checkScopes(route: Route, body: unknown, credentials: SiteCredentials): void {
  const unmet = requiredScopes(route, body).find(
    (anyOf) => !anyOf.some((scope) => credentials.scopes.has(scope)),
  )
  const first = unmet?.[0]
  if (!first) return
  const { name, id } = permissionScopes[first]
  // GUESS: the status Wix documents for a missing permission (403) with a code of ours; the SDK names none.
  throw applicationError(403, 'PERMISSION_DENIED', `The API key lacks the permission "${name}" (${id})`)
}
