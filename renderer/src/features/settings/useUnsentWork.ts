import { useLiveQuery } from 'dexie-react-hooks'
import { useDb } from '../../db/DatabaseProvider'
import { DECISION_STATES, UNSENT_STATES } from '../../sync/outbox-states'

/** The current store's changes that have not reached Wix. */
export interface UnsentWork {
  /** Queued, being sent, refused or unsendable: all still only on this computer. */
  total: number
  /** Of those, the ones waiting for a decision under "Needs attention". */
  needsDecision: number
}

/**
 * What switching away from this site would leave behind in its store (live). Undefined while counting, so
 * a switch is never let through on a count not yet known.
 */
export function useUnsentWork(): UnsentWork | undefined {
  const db = useDb()
  return useLiveQuery(async () => {
    const [waiting, needsDecision] = await Promise.all([
      db.outbox
        .where('state')
        .anyOf([...UNSENT_STATES])
        .count(),
      db.outbox
        .where('state')
        .anyOf([...DECISION_STATES])
        .count(),
    ])
    return { total: waiting + needsDecision, needsDecision }
  }, [db])
}
