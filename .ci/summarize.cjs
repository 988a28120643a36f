// Prints the closing line CI reads, "N passed, N failed", from the test runners' JSON reports.
// Exits 1 when a report is missing (the runner crashed before writing it) or counts a failure.
const { existsSync, readFileSync } = require('node:fs')

const reports = [{ name: 'vitest', file: 'test-results/vitest.json' }]

let passed = 0
let failed = 0
let missing = false
for (const { name, file } of reports) {
  if (!existsSync(file)) {
    console.error(`${name}: no report at ${file}`)
    missing = true
    continue
  }
  const report = JSON.parse(readFileSync(file, 'utf8'))
  passed += report.numPassedTests
  failed += report.numFailedTests
  // A suite that failed to load counts as a failure even if no test inside it ran.
  failed += (report.testResults ?? []).filter(
    (r) => r.status === 'failed' && r.assertionResults.length === 0,
  ).length
}
if (missing) failed += 1
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
