import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { SiteCheckReport } from '@shared/ipc/site-check'

const outcomeMarks = {
  pass: 'PASS',
  missing_permission: 'MISSING PERMISSION',
  refused: 'REFUSED',
  failed: 'FAILED',
}

/** The plain-text summary: what a person reads first, and what the CLI prints. */
export function summaryText(report: SiteCheckReport): string {
  const lines = [
    `Rollcall site check — ${report.checkedAt}`,
    `Site ${report.siteId} at ${report.apiBaseUrl}, API key ending ${report.apiKeyEnding}`,
    '',
    report.summary,
    '',
    'Checks:',
    ...report.checks.map((c) => `  [${outcomeMarks[c.outcome]}] ${c.words}`),
  ]
  if (report.setAside.length) {
    lines.push('', 'Records set aside (Rollcall could not read them; the others were read):')
    for (const record of report.setAside)
      lines.push(`  ${record.what} ${record.id ?? '(no id)'}: ${record.problems.join('; ')}`)
  }
  lines.push('', 'Open questions:')
  for (const q of report.openQuestions) lines.push(`  ${q.question}`, `    ${q.answer}`)
  return `${lines.join('\n')}\n`
}

/** `site-check-2026-03-10T16-20-00Z`: sorts by time, and every file system takes it. */
function baseName(report: SiteCheckReport): string {
  return `site-check-${report.checkedAt.replace(/\.\d+Z$/, 'Z').replace(/:/g, '-')}`
}

export interface WrittenReport {
  reportPath: string
  summaryPath: string
}

/**
 * Writes the report (JSON) and its summary (text) into `folder`, or to `reportPath` exactly (the summary
 * beside it, `.txt`). The report is redacted already (check-site.ts); nothing else is written.
 */
export async function writeReport(
  report: SiteCheckReport,
  where: { folder: string } | { reportPath: string },
): Promise<WrittenReport> {
  const reportPath = 'folder' in where ? join(where.folder, `${baseName(report)}.json`) : where.reportPath
  const summaryPath = `${reportPath.replace(/\.json$/i, '')}.txt`
  if ('folder' in where) await mkdir(where.folder, { recursive: true })
  await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`, 'utf8')
  await writeFile(summaryPath, summaryText(report), 'utf8')
  return { reportPath, summaryPath }
}
