/**
 * Commits what arrives while a commit is under way together, in the next one: with four calls in flight,
 * their results go to the store in one transaction instead of four that wait on each other. Each caller's
 * promise settles with the commit that carried its items (and rejects if that commit failed).
 */
export function coalesce<T>(commit: (items: T[]) => Promise<void>): (items: readonly T[]) => Promise<void> {
  let previous: Promise<unknown> = Promise.resolve()
  let gathering: { items: T[]; committed: Promise<void> } | null = null
  return (items) => {
    if (!gathering) {
      const group: { items: T[]; committed: Promise<void> } = { items: [], committed: Promise.resolve() }
      group.committed = previous.then(() => {
        // From here on, new arrivals gather for the next commit.
        if (gathering === group) gathering = null
        return commit(group.items)
      })
      previous = group.committed.catch(() => undefined)
      gathering = group
    }
    gathering.items.push(...items)
    return gathering.committed
  }
}
