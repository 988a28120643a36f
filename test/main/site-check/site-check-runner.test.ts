import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { siteCheckAnswerSchema } from '@shared/ipc/site-check'
import { createDispatcher } from '../../../electron/main/ipc/dispatch'
import { siteHandlers } from '../../../electron/main/ipc/site'
import type { SiteConnection } from '../../../electron/main/site/site-connection'
import { createSiteCheckRunner } from '../../../electron/main/site-check/site-check-runner'
import { sampleHandlers, trustedSender } from '../ipc/fixtures'
import { NOW, openTestSite } from '../../demo-site/demo-site-client'

const site = await openTestSite()
const folder = await mkdtemp(join(tmpdir(), 'rollcall-site-check-ipc-'))
afterAll(() => rm(folder, { recursive: true, force: true }))

describe('site.check over IPC', { timeout: 30_000 }, () => {
  it('runs the check on the active site and answers the report and where its files were written', async () => {
    const connection = {
      checkTarget: () => ({ baseUrl: site.url, credentials: { apiKey: site.apiKey, siteId: site.siteId } }),
    } as unknown as SiteConnection
    const runner = createSiteCheckRunner({
      site: connection,
      fetch,
      reportFolder: folder,
      now: () => Date.parse(NOW),
      log: { error: () => {}, warn: () => {}, info: () => {}, debug: () => {} },
    })
    const dispatch = createDispatcher({
      handlers: sampleHandlers({ site: siteHandlers(connection, runner) }),
      isTrustedSender: () => true,
    })
    const result = await dispatch('site.check', trustedSender, undefined)
    if (!result.ok) throw new Error(result.error.message)
    const answer = siteCheckAnswerSchema.parse(result.data)
    expect(answer.report.passed).toBe(true)
    expect(answer.reportPath).toBe(join(folder, 'site-check-2026-03-10T16-20-00Z.json'))
    expect(JSON.parse(await readFile(answer.reportPath, 'utf8'))).toEqual(answer.report)
    expect(await readFile(answer.summaryPath, 'utf8')).toContain('All 6 checks passed.')
  })

  it('is refused in words where main has no site check', async () => {
    const dispatch = createDispatcher({
      handlers: sampleHandlers({ site: siteHandlers({} as SiteConnection) }),
      isTrustedSender: () => true,
    })
    const result = await dispatch('site.check', trustedSender, undefined)
    expect(result).toMatchObject({ ok: false, error: { code: 'NO_SITE_CHECK' } })
  })
})
