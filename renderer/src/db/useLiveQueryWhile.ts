import { liveQuery } from 'dexie'
import { useObservable, type InteropableObservable } from 'dexie-react-hooks'

/** What an idle live read gives: no answer, at once, and nothing to listen to. */
const IDLE: InteropableObservable<undefined> = {
  subscribe: (next) => {
    next(undefined)
    return () => undefined
  },
  hasValue: () => true,
  getValue: () => undefined,
}

/**
 * `useLiveQuery` that listens only while `active`; `undefined` otherwise. A live query that has nothing to
 * read still costs: it hears of every write to the store and adds what the write changed to a set it keeps
 * until it next wakes (dexie.mjs, liveQuery's `mutationListener`), and one that never wakes keeps gathering.
 * The person card's query while no card is open, and the search's store query once the in-memory index
 * answers, were such queries — during a first sync they gathered every key it wrote.
 *
 * While active it is `useLiveQuery(querier, deps)`: the answer is `undefined` until the first read ends.
 */
export function useLiveQueryWhile<T>(
  active: boolean,
  querier: () => T | Promise<T>,
  deps: readonly unknown[],
): T | undefined {
  return useObservable<T | undefined>(
    () => (active ? liveQuery(querier) : IDLE),
    // Made anew when a dep changes, as useLiveQuery's is.
    [active, ...deps],
  )
}
