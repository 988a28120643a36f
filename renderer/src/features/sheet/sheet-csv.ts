import type { BusinessDay } from '@shared/domain/business-day'
import type { SheetSession } from './sheet-rows'

/**
 * The sign-in sheet as a CSV file (RFC 4180: comma separated, CRLF line ends, a field with a comma, a quote
 * or a line break in double quotes, quotes doubled), with a header row. The file starts with a UTF-8 byte
 * order mark so that Excel reads "Zoë Müller" as written and not as mojibake.
 */

/** The byte order mark Excel needs to take a CSV file as UTF-8. */
export const UTF8_BOM = '\uFEFF'

export type CsvValue = string | number | null

/**
 * A value as one CSV field. A text starting with `=`, `+`, `-`, `@` (or a tab or carriage return) is what a
 * spreadsheet runs as a formula: a name typed on the booking site is never run, so it gets a leading `'`.
 */
export function csvField(value: CsvValue): string {
  if (value === null) return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** Rows of fields as CSV text, each line ended by CRLF. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('')
}

export const SHEET_CSV_HEADER = [
  'Day',
  'Time',
  'Session',
  'Staff',
  'Location',
  'Name',
  'Party size',
  'Status',
  'Attendance',
  'Payment',
] as const

/** One line per person, in the sheet's order (sessions in time order, then as the roster lists them). */
export function sheetCsv(day: BusinessDay, sessions: readonly SheetSession[]): string {
  const lines: CsvValue[][] = [[...SHEET_CSV_HEADER]]
  for (const session of sessions)
    for (const row of session.rows)
      lines.push([
        day,
        session.timeLabel,
        session.title,
        session.staff,
        session.location,
        row.name,
        row.party,
        row.status,
        row.attendance,
        row.payment,
      ])
  return toCsv(lines)
}

/** "sign-in-sheet-2026-03-10.csv", or with the session's time and title for one session. */
export function sheetFileName(
  day: BusinessDay,
  session?: Pick<SheetSession, 'title' | 'startLabel'>,
): string {
  const about = session ? `-${session.startLabel}-${session.title}` : ''
  const slug = about
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/-+$/, '')
    .toLowerCase()
  return `sign-in-sheet-${day}${slug}.csv`
}
