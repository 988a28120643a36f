/**
 * The demo site's own clock: real time plus an offset (zero, or set by `startsAt`), or a fixed instant when
 * the site was started with `now`. Tests move it instead of sleeping; the seed, cancellation windows, updatedDate and the rate
 * limiter's refill all read it.
 */
export interface DemoClock {
  now(): number
  nowIso(): string
  /** Jump to an instant (a fixed clock stays fixed there; a running clock keeps running from there). */
  setNow(utcMs: number): void
  advanceBy(ms: number): void
  readonly fixed: boolean
}

export function createDemoClock(fixedNow?: number, startsAt?: number): DemoClock {
  let fixedAt = fixedNow
  let offset = startsAt === undefined ? 0 : startsAt - Date.now()
  const now = (): number => fixedAt ?? Date.now() + offset
  return {
    now,
    nowIso: () => new Date(now()).toISOString(),
    setNow(utcMs) {
      if (fixedAt !== undefined) fixedAt = utcMs
      else offset = utcMs - Date.now()
    },
    advanceBy(ms) {
      if (fixedAt !== undefined) fixedAt += ms
      else offset += ms
    },
    get fixed() {
      return fixedAt !== undefined
    },
  }
}
