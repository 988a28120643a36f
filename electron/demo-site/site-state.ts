import type { DemoClock } from './clock'
import { OddRecords } from './odd-records'
import type { WriteContext } from './rules/write-context'
import { createSeededRandom, type SeededRandom } from './seeded-random'
import { generateDemoData } from './seed/generate'
import { DemoStore } from './store'

/**
 * The live demo site: the data (re-seedable), its clock, and the seeded id source for new records.
 * Handlers always read `store` from here, so a reset swaps everything at once.
 */
export interface SeedSettings {
  seed: number
  bookings: number
  timeZone: string
  businessName: string
}

export class DemoSiteState {
  store: DemoStore
  /** Records the read APIs serve out of shape (tests of issue 17); cleared on reset. */
  readonly oddRecords = new OddRecords()
  private ids: SeededRandom
  private settings: SeedSettings

  constructor(
    readonly clock: DemoClock,
    settings: SeedSettings,
  ) {
    this.settings = settings
    this.store = this.generate()
    this.ids = this.idSource()
  }

  get seed(): number {
    return this.settings.seed
  }

  get bookingCount(): number {
    return this.settings.bookings
  }

  /** Re-seeds around the clock's current "today" (optionally with another seed or size). */
  reset(changes: Partial<Pick<SeedSettings, 'seed' | 'bookings'>> = {}): void {
    this.settings = { ...this.settings, ...changes }
    this.store = this.generate()
    this.ids = this.idSource()
    this.oddRecords.clear()
  }

  writeContext(): WriteContext {
    return { store: this.store, now: () => this.clock.now(), newId: () => this.ids.uuid() }
  }

  private generate(): DemoStore {
    return new DemoStore(generateDemoData({ ...this.settings, now: this.clock.now() }))
  }

  private idSource(): SeededRandom {
    // A stream of its own, so ids of new records don't depend on how the seed consumed randomness.
    return createSeededRandom((this.settings.seed ^ 0x5eed1d5) >>> 0)
  }
}
