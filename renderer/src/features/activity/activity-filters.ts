import type { ActivityOutcome, ActivityRow } from '../../db/rows'

/** How each outcome reads in the log. */
export const OUTCOME_WORDS: Record<ActivityOutcome, string> = {
  recorded: 'Waiting to sync',
  synced: 'Synced',
  conflict: 'Needs attention',
  failed: 'Failed',
  discarded: 'Discarded',
  undone: 'Undone',
}

/** The outcome filter's choices, as the desk thinks of them (a refusal and a failure both need a person). */
export const OUTCOME_FILTERS = [
  { id: 'all', label: 'All', outcomes: null },
  { id: 'waiting', label: 'Waiting', outcomes: ['recorded'] },
  { id: 'attention', label: 'Needs attention', outcomes: ['conflict', 'failed'] },
  { id: 'synced', label: 'Synced', outcomes: ['synced'] },
  { id: 'undone', label: 'Undone', outcomes: ['undone'] },
  { id: 'discarded', label: 'Discarded', outcomes: ['discarded'] },
] as const satisfies ReadonlyArray<{ id: string; label: string; outcomes: readonly ActivityOutcome[] | null }>

export type OutcomeFilter = (typeof OUTCOME_FILTERS)[number]['id']

/** Everyone: no staff filter. */
export const EVERYONE = ''

export function isOutcomeFilter(value: string): value is OutcomeFilter {
  return OUTCOME_FILTERS.some((f) => f.id === value)
}

/** The rows the filters let through, in the order given. */
export function filterActivity(
  rows: readonly ActivityRow[],
  outcome: OutcomeFilter,
  staff: string,
): ActivityRow[] {
  const allowed: readonly ActivityOutcome[] | null =
    OUTCOME_FILTERS.find((f) => f.id === outcome)?.outcomes ?? null
  return rows.filter((row) => (!allowed || allowed.includes(row.outcome)) && (!staff || row.staff === staff))
}

/** The names in the log, for the staff filter (shown only when more than one person has acted). */
export function staffNames(rows: readonly ActivityRow[]): string[] {
  return [...new Set(rows.map((row) => row.staff))].sort((a, b) => a.localeCompare(b))
}
