/**
 * The permissions an API key needs for what Rollcall does, as the site owner picks them in Wix's API Keys
 * Manager (electron/main/wix/README.md, "Permissions", and "SDK facts" C2, C16). The names are Wix's (the SDK
 * typings' `@permissionScope`); the ids are the SDK's `@permissionScopeId` where it names one — the Calendar
 * and Site Properties ids are [INF] guesses (no SDK package for them is installed). The README's list, the
 * demo site's scopes and the desk's "give it the … permission" sentences all come from here.
 */
export const permissionScopes = {
  readBookings: {
    name: 'Read Bookings - Including Participants',
    id: 'SCOPE.DC-BOOKINGS.READ-BOOKINGS-SENSITIVE',
  },
  /**
   * Not one Rollcall asks for: services and their variants (the SDK's Services V2 and Service Options and
   * Variants) are read with it or with any of Read Bookings - Including Participants, Manage Bookings, Manage
   * Bookings Services and Settings, which Rollcall's key has.
   */
  readBookingsPublic: { name: 'Read Bookings - Public Data', id: 'SCOPE.DC-BOOKINGS.READ-BOOKINGS-PUBLIC' },
  manageBookings: { name: 'Manage Bookings', id: 'SCOPE.DC-BOOKINGS.MANAGE-BOOKINGS' },
  /**
   * Not one Rollcall asks for: a narrower key may have it instead of Manage Bookings. The Attendance module
   * lists it among its scopes, so the demo site lets it set attendance [INF] — a key that may check people in
   * but not confirm bookings.
   */
  manageBookingsSettings: {
    name: 'Manage Bookings Services and Settings',
    id: 'SCOPE.BOOKINGS.CONFIGURATION',
  },
  readCalendar: { name: 'Read Calendar', id: 'SCOPE.DC-BOOKINGS.READ-CALENDAR-WITH-PARTICIPANTS' },
  siteProperties: { name: 'Read site, business, and email details', id: 'SCOPE.DC-META-SITE.READ-SITE' },
  /**
   * Optional: Query Extended Bookings returns a booking's eCommerce order (what is still due: "Part paid: $20.00
   * due") only with `withEcomOrder`, which needs `ECOM.READ_ORDERS` (SDK-X ~1742). Without it the desk still
   * syncs; it shows the payment status without the amount due (electron/main/wix/bookings-reader.ts).
   */
  readOrders: { name: 'ECOM.READ_ORDERS', id: 'ECOM.READ_ORDERS' },
  /** Needed, on top of Manage Bookings, by a create with `skipAvailabilityValidation` or `skipBusinessConfirmation`. */
  overrideAvailability: { name: 'BOOKINGS.OVERRIDE_AVAILABILITY', id: 'BOOKINGS.OVERRIDE_AVAILABILITY' },
  /**
   * Optional, on top of Manage Bookings: a cancel with `flowControlSettings.ignoreCancellationPolicy: true` (or a
   * reschedule with `ignoreReschedulePolicy`) needs it ("Your app must have the `BOOKINGS.IGNORE_BOOKING_POLICY`
   * permission scope when passing `true`", SDK-B CancelBookingRequestFlowControlSettings ~1620–1680). The desk
   * cancels within the policy without it, and offers "Cancel anyway" inside the policy's window only while the
   * key is not known to lack it (renderer/src/sync/key-permissions.ts).
   */
  ignoreBookingPolicy: { name: 'BOOKINGS.IGNORE_BOOKING_POLICY', id: 'BOOKINGS.IGNORE_BOOKING_POLICY' },
} as const

export type PermissionScope = keyof typeof permissionScopes

export const allPermissionScopes = Object.keys(permissionScopes) as PermissionScope[]
