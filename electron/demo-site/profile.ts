/**
 * Who the built-in demo site pretends to be. The demo seed data and the app's header both read this, so the
 * demo business has one name and one time zone everywhere.
 */
export const demoBusinessProfile = {
  businessName: 'Juniper Street Studio',
  /** IANA zone of the business. Deliberately not UTC and not the CI machine's zone. */
  timeZone: 'America/Chicago',
} as const

export type DemoBusinessProfile = typeof demoBusinessProfile
