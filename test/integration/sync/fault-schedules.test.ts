import { describe, expect, it } from 'vitest'
import { RollcallDb } from '../../../renderer/src/db/schema'
import { inProcessLocks } from '../../../renderer/src/sync/sync-lock'
import { runSchedule, type ScheduleEnv } from './fault-schedule'
import { openSyncHarness } from './sync-harness'

/**
 * The seeded randomized fault test (issue 4): at least 200 schedules in CI. A failure names the seed;
 * `npm run soak -- --schedules 1 --seed <seed>` replays it with its steps printed.
 */
/** Steps of the booking lifecycle (issue 19) the schedules must include, by the words of their step lines. */
const LIFECYCLE_STEPS: ReadonlyArray<readonly [string, RegExp]> = [
  ['this desk reschedules', /^reschedule /],
  ['a customer reschedules', /^outside customerReschedules /],
  ['another desk reschedules', /^outside deskReschedules /],
  ['part of a party checked in', /^checkIn \d+ of \d+ /],
  ['a checkout finished or abandoned', /^outside checkout /],
  ['a recurring series edited', /^outside series /],
  ['a visit confirmed or declined as a whole', /^(confirm|decline) \S+ \(whole visit\)$/],
]

const SCHEDULES = Number(process.env.ROLLCALL_SCHEDULES ?? 200)
const FIRST_SEED = Number(process.env.ROLLCALL_SEED ?? 20261123)

// Hangs are injected on purpose: a short answer timeout keeps each one cheap.
const harness = await openSyncHarness({ bookings: 120 }, { timeoutMs: 150 })
let dbCounter = 0
const env: ScheduleEnv = {
  demo: harness.demo,
  gateway: harness.gateway,
  timeZone: harness.timeZone,
  locks: inProcessLocks(),
  newDb: () => new RollcallDb(`schedule-${process.pid}-${++dbCounter}`),
}

describe('the offline contract under seeded random faults', () => {
  it(`holds for ${SCHEDULES} schedules from seed ${FIRST_SEED}`, { timeout: 600_000 }, async () => {
    let actions = 0
    let conflicts = 0
    const lifecycle = new Map<string, number>(LIFECYCLE_STEPS.map(([name]) => [name, 0]))
    for (let seed = FIRST_SEED; seed < FIRST_SEED + SCHEDULES; seed++) {
      const result = await runSchedule(env, seed)
      actions += result.stats.actions
      conflicts += result.stats.conflicts
      for (const [name, pattern] of LIFECYCLE_STEPS)
        lifecycle.set(name, (lifecycle.get(name) ?? 0) + result.steps.filter((s) => pattern.test(s)).length)
      if (result.violations.length)
        expect.fail(
          `seed ${seed} broke the offline contract (replay: npm run soak -- --schedules 1 --seed ${seed}):\n` +
            `${result.violations.join('\n')}\nsteps:\n${result.steps.join('\n')}`,
        )
    }
    // The schedules really exercise the engine: many actions, and some end as conflicts.
    expect(actions).toBeGreaterThan(SCHEDULES * 3)
    expect(conflicts).toBeGreaterThan(0)
    // … and the booking lifecycle a real site has (issue 19): every kind of step happened somewhere.
    if (SCHEDULES >= 100)
      for (const [name, count] of lifecycle) expect(count, `${name} steps`).toBeGreaterThan(0)
  })
})
