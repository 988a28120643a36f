import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { SiteCheckReport } from '@shared/ipc/site-check'
import { allPermissionScopes } from '@shared/wix/permissions'
import { checkSite } from '../../../electron/main/site-check/check-site'
import { writeReport } from '../../../electron/main/site-check/report'
import { NOW, openTestSite } from '../../demo-site/demo-site-client'

const site = await openTestSite({}, { resetBeforeEach: true })
const silent = { error: () => {}, warn: () => {}, info: () => {}, debug: () => {} }
const folder = await mkdtemp(join(tmpdir(), 'rollcall-site-check-'))
afterAll(() => rm(folder, { recursive: true, force: true }))

const check = (apiKey = site.apiKey) =>
  checkSite({
    credentials: { apiKey, siteId: site.siteId },
    baseUrl: site.url,
    now: () => Date.parse(NOW),
    log: silent,
  })

const outcomes = (report: SiteCheckReport) =>
  Object.fromEntries(report.checks.map((c) => [c.name, c.outcome]))
const wordsOf = (report: SiteCheckReport, name: string) => report.checks.find((c) => c.name === name)?.words
const answerTo = (report: SiteCheckReport, id: string) => report.openQuestions.find((q) => q.id === id)

/** The booking the check samples first: the one changed last. */
function lastChangedBookingId(): string {
  const [latest] = [...site.state().bookings].sort((a, b) =>
    String(b.updatedDate).localeCompare(String(a.updatedDate)),
  )
  if (!latest) throw new Error('the demo site has no bookings')
  return latest.id
}

describe('site check against the demo site', { timeout: 30_000 }, () => {
  it('passes every check, with a sample of records read and the open questions answered', async () => {
    const report = await check()
    expect(report.passed).toBe(true)
    expect(outcomes(report)).toEqual({
      'Site properties': 'pass',
      'Bookings reader': 'pass',
      'Bookings count': 'pass',
      Calendar: 'pass',
      Services: 'pass',
      Attendance: 'pass',
    })
    expect(report.summary).toBe('All 6 checks passed.')
    const bookings = report.checks.find((c) => c.name === 'Bookings reader')?.samples[0]
    expect(bookings?.read).toBeGreaterThan(100)
    expect(bookings?.setAside).toBe(0)
    expect(report.checks.find((c) => c.name === 'Calendar')?.samples[0]?.read).toBeGreaterThan(0)
    expect(report.checks.find((c) => c.name === 'Services')?.samples[0]?.read).toBeGreaterThan(0)

    expect(answerTo(report, 'pending-appointment-event-id')?.answered).toBe(true)
    expect(answerTo(report, 'date-formats')?.answer).toContain('YYYY-MM-DDThh:mm:ss±hh:mm')
    expect(answerTo(report, 'date-formats')?.answer).toContain('YYYY-MM-DDThh:mm:ss.SSSZ')
    // The demo site's staff resource type (a GUID, as SDK-B BookedResource.type says).
    expect(answerTo(report, 'resource-types')?.answer).toMatch(/sessions: [0-9a-f-]{36}/)
    expect(answerTo(report, 'page-sizes')?.answer).toContain('Query Extended Bookings: 100 of 100 asked')
    expect(answerTo(report, 'rate-budget')?.answer).toBe('not reported (no rate-limit headers in any answer)')
    expect(answerTo(report, 'range-filter')?.answer).toBe('yes: both bounds were applied')
    expect(answerTo(report, 'business-error-status')?.answer).toMatch(/^could not tell: only a write/)
  })

  it('names the permission a key lacks, and passes the rest', async () => {
    site.setKeyScopes(allPermissionScopes.filter((scope) => scope !== 'readCalendar'))
    const report = await check()
    expect(report.passed).toBe(false)
    expect(outcomes(report)).toMatchObject({ Calendar: 'missing_permission', 'Bookings reader': 'pass' })
    expect(wordsOf(report, 'Calendar')).toBe('Calendar: missing permission Read Calendar (Wix answered 403)')
    expect(report.summary).toContain('1 of 6 checks did not pass')
  })

  it('says the key itself is refused when every read is', async () => {
    const revoked = site.apiKey
    site.rotateApiKey()
    const report = await check(revoked)
    expect(new Set(report.checks.map((c) => c.outcome))).toEqual(new Set(['refused']))
    expect(wordsOf(report, 'Bookings reader')).toMatch(
      /^Bookings reader: key or site refused — Wix answered 401/,
    )
  })

  it('fails only the check whose API is faulted, with what Wix answered', async () => {
    site.injectFault({ kind: 'status', status: 500, pathIncludes: '/calendar/v3/events', count: 10 })
    const report = await check()
    expect(outcomes(report)).toEqual({
      'Site properties': 'pass',
      'Bookings reader': 'pass',
      'Bookings count': 'pass',
      Calendar: 'failed',
      Services: 'pass',
      Attendance: 'pass',
    })
    expect(wordsOf(report, 'Calendar')).toBe(
      'Calendar: failed — Wix answered 500 (HTTP_500): Wix is not answering right now.',
    )
  })

  it('counts an odd record as set aside, never as a failure of the check', async () => {
    const odd = lastChangedBookingId()
    site.serveOddly({ bookingId: odd, remove: ['revision'] })
    const report = await check()
    expect(report.passed).toBe(true)
    expect(report.checks.find((c) => c.name === 'Bookings reader')?.samples[0]?.setAside).toBe(1)
    expect(wordsOf(report, 'Bookings reader')).toMatch(/, 1 set aside\)$/)
    expect(report.setAside).toEqual([expect.objectContaining({ what: 'Query Extended Bookings', id: odd })])
    expect(report.setAside[0]?.problems.join(' ')).toContain('revision')
  })

  it('writes a report with no API key, no e-mail address and no customer name', async () => {
    site.serveOddly({ bookingId: lastChangedBookingId(), remove: ['revision'] })
    site.setKeyScopes(allPermissionScopes.filter((scope) => scope !== 'siteProperties'))
    const report = await check()
    const written = await writeReport(report, { folder })
    const files = [await readFile(written.reportPath, 'utf8'), await readFile(written.summaryPath, 'utf8')]
    expect(report.apiKeyEnding).toBe(`…${site.apiKey.slice(-4)}`)
    const names = site
      .state()
      .bookings.flatMap((b) => [b.contactDetails?.firstName, b.contactDetails?.lastName])
      .filter((name): name is string => typeof name === 'string' && name.length > 2)
    expect(names.length).toBeGreaterThan(100)
    for (const text of files) {
      expect(text).toContain(site.siteId)
      expect(text).not.toContain(site.apiKey)
      expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/)
      const named = names.filter((name) => new RegExp(`\\b${name}\\b`).test(text))
      expect(named).toEqual([])
    }
  })
})
