import { bySessionStart, type SearchSession } from '../ranking'

/** The sessions held in memory for the search: by id, and per schedule in start order (for courses). */
export class KnownSessions {
  private readonly byId = new Map<string, SearchSession>()
  private readonly bySchedule = new Map<string, SearchSession[]>()

  get(id: string): SearchSession | undefined {
    return this.byId.get(id)
  }

  ofSchedule(scheduleId: string): readonly SearchSession[] {
    return this.bySchedule.get(scheduleId) ?? []
  }

  ids(): IterableIterator<string> {
    return this.byId.keys()
  }

  get size(): number {
    return this.byId.size
  }

  /** Adds or replaces a session; false when it was held as it is. */
  put(session: SearchSession): boolean {
    const held = this.byId.get(session.id)
    if (held && sameSession(held, session)) return false
    if (held) this.unlist(held)
    this.byId.set(session.id, session)
    const list = this.bySchedule.get(session.scheduleId)
    if (!list) this.bySchedule.set(session.scheduleId, [session])
    else {
      let at = list.length
      while (at > 0 && bySessionStart(list[at - 1] as SearchSession, session) > 0) at--
      list.splice(at, 0, session)
    }
    return true
  }

  /** Forgets a session; false when it was not held. */
  remove(id: string): boolean {
    const held = this.byId.get(id)
    if (!held) return false
    this.byId.delete(id)
    this.unlist(held)
    return true
  }

  private unlist(session: SearchSession): void {
    const list = this.bySchedule.get(session.scheduleId)
    if (!list) return
    const at = list.indexOf(session)
    if (at >= 0) list.splice(at, 1)
    if (!list.length) this.bySchedule.delete(session.scheduleId)
  }
}

function sameSession(a: SearchSession, b: SearchSession): boolean {
  return (
    a.day === b.day &&
    a.scheduleId === b.scheduleId &&
    a.title === b.title &&
    a.startUtc === b.startUtc &&
    Object.is(a.startMs, b.startMs) &&
    Object.is(a.endMs, b.endMs)
  )
}
