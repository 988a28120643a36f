import type { MachineDescription } from './machine'

/** One line of the table: what was measured, beside what it is compared with, and the target. */
export interface TableRow {
  figure: string
  measured: string
  /** The floor or limit measured in the same run, when there is one. */
  limit: string
  ratio: string
  target: string
  /** Null when the row has no target. */
  met: boolean | null
}

export interface BenchReport {
  startedAt: string
  settings: Record<string, unknown>
  machine: MachineDescription
  rows: TableRow[]
  /** Every phase's raw figures, for whoever wants more than the table. */
  phases: Record<string, unknown>
}

export const ms = (value: number): string =>
  value >= 10_000
    ? `${(value / 1000).toFixed(1)} s`
    : value >= 1000
      ? `${(value / 1000).toFixed(2)} s`
      : `${value.toFixed(1)} ms`
export const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`
export const ratio = (value: number): string => `${value.toFixed(2)}×`

const COLUMNS: Array<[keyof TableRow, string]> = [
  ['figure', 'Figure'],
  ['measured', 'Measured'],
  ['limit', 'Limit (same run)'],
  ['ratio', 'Ratio'],
  ['target', 'Target'],
  ['met', ''],
]

const cell = (row: TableRow, key: keyof TableRow): string =>
  key === 'met' ? (row.met === null ? '' : row.met ? 'met' : 'MISSED') : String(row[key])

/** A Markdown table (pipes line up in a terminal too), so a run can be pasted into the README as it is. */
export function formatTable(rows: readonly TableRow[]): string {
  const widths = COLUMNS.map(([key, title]) =>
    Math.max(title.length, ...rows.map((r) => cell(r, key).length)),
  )
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
  return [
    line(COLUMNS.map(([, title]) => title)),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map((row) => line(COLUMNS.map(([key]) => cell(row, key)))),
  ].join('\n')
}

export function formatMachine(machine: MachineDescription): string {
  return [
    `Machine: ${machine.cpu}, ${String(machine.cores)} cores, ${String(machine.memoryGiB)} GiB (${String(machine.freeMemoryGiB)} free), ${machine.os}`,
    `Node ${machine.node}, Chromium ${machine.chromium}, load average ${machine.loadAverage.join(' ')}`,
  ].join('\n')
}
