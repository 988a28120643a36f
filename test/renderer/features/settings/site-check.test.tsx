// Time is pinned here: the dates below are fixed data or the demo site's pinned clock, never the machine's date
// or zone (npm run test:clocks runs this file under moved clocks and zones).
import { screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { SiteCheckAnswer, SiteCheckReport } from '@shared/ipc/site-check'
import { WIX_API_ORIGIN } from '@shared/wix/api-origin'
import { IpcFailure } from '../../../../electron/main/ipc/failure'
import { sampleHandlers } from '../../../main/ipc/fixtures'
import { openDeskHarness } from '../../desk/desk-harness'
import { installFakeBridge } from '../../fake-bridge'

const harness = await openDeskHarness()

const report: SiteCheckReport = {
  checkedAt: '2026-03-10T16:20:00.000Z',
  siteId: 'd3e05173-0000-4000-8000-000000000001',
  apiBaseUrl: WIX_API_ORIGIN,
  apiKeyEnding: '…ocal',
  passed: false,
  summary: '1 of 2 checks did not pass: Calendar: missing permission Read Calendar (Wix answered 403).',
  checks: [
    {
      name: 'Bookings reader',
      calls: ['Query Extended Bookings'],
      permission: 'Read Bookings - Including Participants',
      outcome: 'pass',
      words: 'Bookings reader: pass (116 bookings read, 1 set aside)',
      status: null,
      code: null,
      samples: [{ what: 'bookings', read: 116, setAside: 1 }],
    },
    {
      name: 'Calendar',
      calls: ['Query Events', 'List Events'],
      permission: 'Read Calendar',
      outcome: 'missing_permission',
      words: 'Calendar: missing permission Read Calendar (Wix answered 403)',
      status: 403,
      code: 'PERMISSION_DENIED',
      samples: [],
    },
  ],
  setAside: [],
  openQuestions: [
    {
      id: 'pending-appointment-event-id',
      question: 'Does a PENDING appointment carry an eventId?',
      answer: 'no: 0 of 3 pending appointments carry one',
      answered: true,
    },
    {
      id: 'rate-budget',
      question: 'What request budget does the site report for this API key?',
      answer: 'not reported (no rate-limit headers in any answer)',
      answered: true,
    },
  ],
}

const answer: SiteCheckAnswer = {
  report,
  reportPath: '/home/desk/.config/Rollcall/logs/site-check-2026-03-10T16-20-00Z.json',
  summaryPath: '/home/desk/.config/Rollcall/logs/site-check-2026-03-10T16-20-00Z.txt',
}

/** main's site.check answering once `release` is called (or failing with `failure`); calls counted. */
function installSiteCheck(failure?: Error) {
  const calls = { check: 0 }
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  const defaults = sampleHandlers()
  installFakeBridge(
    sampleHandlers({
      site: {
        ...defaults.site,
        check: async () => {
          calls.check++
          await released
          if (failure) throw failure
          return answer
        },
      },
    }),
  )
  return { calls, release: () => release() }
}

describe('Settings: Check this site', { timeout: 20_000 }, () => {
  it('says it is checking, then lists each check, the open questions and where the report is', async () => {
    const main = installSiteCheck()
    const desk = await harness.freshDesk()
    harness.renderDesk(desk, { path: '/settings' })
    const section = screen.getByRole('region', { name: 'Site check' })
    const button = within(section).getByRole('button', { name: 'Check this site' })
    // From the keyboard: Tab reaches it, Enter starts it.
    button.focus()
    await userEvent.keyboard('{Enter}')
    expect(main.calls.check).toBe(1)
    const status = within(section).getByRole('status')
    expect(status.getAttribute('aria-live')).toBe('polite')
    await waitFor(() => expect(status.textContent).toBe('Checking this site…'))
    expect(button.hasAttribute('disabled')).toBe(true)

    main.release()
    await waitFor(() => expect(status.textContent).toBe(report.summary))
    const results = within(section).getByRole('list', { name: 'Site check results' })
    expect(
      within(results)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Pass — Bookings reader: pass (116 bookings read, 1 set aside)',
      'Missing permission — Calendar: missing permission Read Calendar (Wix answered 403)',
    ])
    const questions = within(section).getByRole('list', { name: 'Open questions' })
    expect(
      within(questions)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Does a PENDING appointment carry an eventId? no: 0 of 3 pending appointments carry one',
      'What request budget does the site report for this API key? not reported (no rate-limit headers in any answer)',
    ])
    within(section).getByText(answer.reportPath)
    expect(button.hasAttribute('disabled')).toBe(false)
  })

  it('says in words when main cannot run the check', async () => {
    const main = installSiteCheck(
      new IpcFailure({
        kind: 'not_found',
        code: 'NO_SITE_CHECK',
        message: 'The site check is not available here.',
        retryable: false,
        mayHaveReachedServer: false,
      }),
    )
    const desk = await harness.freshDesk()
    harness.renderDesk(desk, { path: '/settings' })
    const section = screen.getByRole('region', { name: 'Site check' })
    await userEvent.click(within(section).getByRole('button', { name: 'Check this site' }))
    main.release()
    expect((await within(section).findByRole('alert')).textContent).toBe(
      'The site check is not available here.',
    )
  })
})
