// Prints the closing line CI reads, "N passed, N failed", from the test runners' JSON reports (vitest, then
// Playwright, then vitest under each shifted clock), after naming every skipped end-to-end test and why.
// Exits 1 when a report is missing (its runner crashed, or did not run because an earlier one failed) or
// counts a failure.
const { existsSync, readdirSync, readFileSync } = require('node:fs')

function vitestCounts(report) {
  // A suite that failed to load counts as a failure even if no test inside it ran.
  const unloaded = (report.testResults ?? []).filter(
    (r) => r.status === 'failed' && r.assertionResults.length === 0,
  ).length
  return { passed: report.numPassedTests, failed: report.numFailedTests + unloaded, skipped: [] }
}

function playwrightCounts(report) {
  const skipped = []
  const visit = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests ?? [])
        if (test.status === 'skipped') {
          const why = (test.annotations ?? []).find((a) => a.type === 'skip')?.description
          skipped.push(`${spec.file} › ${spec.title}${why ? ` — ${why}` : ''}`)
        }
    for (const child of suite.suites ?? []) visit(child)
  }
  for (const suite of report.suites ?? []) visit(suite)
  const stats = report.stats ?? {}
  const errors = (report.errors ?? []).length // e.g. a spec file that failed to load
  return {
    passed: stats.expected ?? 0,
    failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0) + errors,
    skipped,
  }
}

const reports = [
  { name: 'vitest', file: 'test-results/vitest.json', counts: vitestCounts },
  { name: 'playwright', file: 'test-results/playwright.json', counts: playwrightCounts },
]

// The shifted-clock runs (`npm run test:clocks`: vitest again with the machine's clock and zone moved), one
// report per scenario. .ci/run sets CLOCKS_EXPECTED=1, so a shifted run that left no report is a failure.
const clocksDir = 'test-results/clocks'
const clockReports = existsSync(clocksDir) ? readdirSync(clocksDir).filter((f) => f.endsWith('.json')) : []
for (const file of clockReports)
  reports.push({
    name: `vitest, clock ${file.replace(/\.json$/, '')}`,
    file: `${clocksDir}/${file}`,
    counts: vitestCounts,
  })
if (process.env.CLOCKS_EXPECTED === '1' && clockReports.length === 0)
  reports.push({ name: 'vitest under a shifted clock', file: `${clocksDir}/*.json`, counts: vitestCounts })

let passed = 0
let failed = 0
for (const { name, file, counts } of reports) {
  if (!existsSync(file)) {
    console.error(`${name}: no report at ${file} (it did not run or did not finish)`)
    failed += 1
    continue
  }
  const result = counts(JSON.parse(readFileSync(file, 'utf8')))
  for (const line of result.skipped) console.log(`skipped: ${line}`)
  passed += result.passed
  failed += result.failed
}
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
