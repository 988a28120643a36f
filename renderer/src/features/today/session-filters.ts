/** What a row of the day is filtered by: a session's, or an appointment request's, staff and location. */
export interface Filterable {
  staff: string | null
  location: string | null
}

/** Which sessions the desk wants to see: one staff member's, one location's (null: all). */
export interface SessionFilter {
  staff: string | null
  location: string | null
}

export interface FilterChoices {
  staff: string[]
  locations: string[]
}

function distinct(values: readonly (string | null)[], selected: string | null): string[] {
  const names = new Set<string>()
  for (const value of values) if (value) names.add(value)
  // A choice carried over from another day stays listed, so the select shows what is filtering the list.
  if (selected) names.add(selected)
  return [...names].sort((a, b) => a.localeCompare(b))
}

/** The staff and locations of the day's sessions, by name, for the filter selects. */
export function filterChoices(sessions: readonly Filterable[], filter: SessionFilter): FilterChoices {
  return {
    staff: distinct(
      sessions.map((s) => s.staff),
      filter.staff,
    ),
    locations: distinct(
      sessions.map((s) => s.location),
      filter.location,
    ),
  }
}

export function isFiltering(filter: SessionFilter): boolean {
  return filter.staff !== null || filter.location !== null
}

/**
 * What a filter keeps, in words, for whatever shows a filtered day elsewhere (the day's sign-in sheet):
 * "sessions with Ana Ruiz at Downtown Studio" (to follow "Only" or "No"); null when nothing is filtered.
 */
export function filterWords(filter: SessionFilter): string | null {
  if (!isFiltering(filter)) return null
  const withStaff = filter.staff === null ? '' : ` with ${filter.staff}`
  const atLocation = filter.location === null ? '' : ` at ${filter.location}`
  return `sessions${withStaff}${atLocation}`
}

export function matchesFilter(session: Filterable, filter: SessionFilter): boolean {
  return (
    (filter.staff === null || session.staff === filter.staff) &&
    (filter.location === null || session.location === filter.location)
  )
}
