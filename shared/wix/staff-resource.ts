/**
 * Which of a session's or booking's resources is its staff member. Wix gives a resource's `type` as a
 * resource-type id: the staff resource type is `1cd44cf8-756f-41c3-bd90-3e2ffcaf1155` (SDK-B
 * BookedResource.type; SDK availability-time-slots: "Staff members belong to resource type ID …"). Calendar
 * Events V3 `resources[].type` is in no installed SDK (electron/main/wix/README.md, "Still open"), so the
 * word `STAFF` is accepted too, and where neither appears the staff member is read from what the resource is:
 *
 * 1. a named resource whose type is the staff resource-type id or the word STAFF;
 * 2. else, when no named resource says it is staff, one that has a calendar permission role (a person's
 *    calendar: rooms and equipment have no owner to hold a role);
 * 3. else the only named resource.
 *
 * A resource typed as something else is still a candidate for 2 and 3: a type Rollcall does not know says
 * nothing about whether it is a person.
 */
export const STAFF_RESOURCE_TYPE_ID = '1cd44cf8-756f-41c3-bd90-3e2ffcaf1155'

/** The fields the rule reads; Booking's `BookedResource` and Calendar's `EventResource` both fit. */
export interface ResourceLike {
  name?: string | null
  type?: string | null
  permissionRole?: string | null
}

export function isStaffResourceType(type: string | null | undefined): boolean {
  const value = type?.trim()
  if (!value) return false
  return value.toLowerCase() === STAFF_RESOURCE_TYPE_ID || value.toUpperCase() === 'STAFF'
}

/** The staff resource among `resources`, or undefined when none can be told apart. */
export function staffResource<R extends ResourceLike>(
  resources: readonly R[] | null | undefined,
): R | undefined {
  const named = (resources ?? []).filter((r) => Boolean(r.name?.trim()))
  const typed = named.find((r) => isStaffResourceType(r.type))
  if (typed) return typed
  const withRole = named.find((r) => Boolean(r.permissionRole?.trim()))
  if (withRole) return withRole
  return named.length === 1 ? named[0] : undefined
}

/** The staff member's name as the desk shows it, or null. */
export function staffName(resources: readonly ResourceLike[] | null | undefined): string | null {
  return staffResource(resources)?.name?.trim() ?? null
}
