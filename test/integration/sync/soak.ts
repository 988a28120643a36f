/**
 * `npm run soak -- --schedules 5000 --seed 7`: many more seeded fault schedules than CI runs (see
 * fault-schedule.ts). Prints each failing seed with its violations and steps; exits non-zero on any.
 */
import 'fake-indexeddb/auto'
import { parseArgs } from 'node:util'
import { RollcallDb } from '../../../renderer/src/db/schema'
import { inProcessLocks } from '../../../renderer/src/sync/sync-lock'
import { startDemoSite } from '../../../electron/demo-site'
import { runSchedule, SCHEDULE_START } from './fault-schedule'
import { gatewayOver } from './demo-gateway'

const { values } = parseArgs({
  options: {
    schedules: { type: 'string', default: '1000' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000_000) },
    steps: { type: 'string', default: '24' },
    verbose: { type: 'boolean', default: false },
  },
})
const schedules = Number(values.schedules)
const firstSeed = Number(values.seed)
const steps = Number(values.steps)

async function main(): Promise<number> {
  const demo = await startDemoSite({
    now: SCHEDULE_START,
    seed: 11,
    rateLimitPerMinute: Infinity,
    control: true,
    bookings: 120,
  })
  const env = {
    demo,
    gateway: gatewayOver(demo, { timeoutMs: 150 }),
    timeZone: demo.state().timeZone,
    locks: inProcessLocks(),
    newDb: (() => {
      let n = 0
      return () => new RollcallDb(`soak-${++n}`)
    })(),
  }
  let failures = 0
  const started = Date.now()
  for (let seed = firstSeed; seed < firstSeed + schedules; seed++) {
    const result = await runSchedule(env, seed, steps)
    if (values.verbose || result.violations.length) {
      console.log(
        `seed ${seed}: ${result.violations.length ? 'FAILED' : 'ok'} ${JSON.stringify(result.stats)}`,
      )
      for (const line of result.violations) console.log(`  ✗ ${line}`)
      if (result.violations.length || values.verbose)
        for (const line of result.steps) console.log(`    · ${line}`)
    }
    if (result.violations.length) failures++
  }
  console.log(
    `${schedules} schedules from seed ${firstSeed}: ${schedules - failures} passed, ${failures} failed (${Math.round((Date.now() - started) / 1000)} s)`,
  )
  await demo.stop()
  return failures
}

main().then(
  (failures) => process.exit(failures ? 1 : 0),
  (error: unknown) => {
    console.error(error)
    process.exit(2)
  },
)
