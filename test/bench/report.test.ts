import { describe, expect, it } from 'vitest'
import { formatTable, mb, ms, ratio, type TableRow } from './report'

const row = (figure: string, met: boolean | null): TableRow => ({
  figure,
  measured: ms(12.34),
  limit: ms(8000),
  ratio: ratio(1.5),
  target: '≤ 1.30×',
  met,
})

describe('the benchmark table', () => {
  it('writes times, sizes and ratios the way the README shows them', () => {
    expect(ms(12.34)).toBe('12.3 ms')
    expect(ms(1234)).toBe('1.23 s')
    expect(ms(52_800)).toBe('52.8 s')
    expect(mb(22.9 * 2 ** 20)).toBe('22.9 MB')
    expect(ratio(1.2345)).toBe('1.23×')
  })

  it('is a Markdown table with aligned columns, a missed target in capitals and no verdict without a target', () => {
    const lines = formatTable([
      row('Initial sync', false),
      row('Cold start', true),
      row('  detail', null),
    ]).split('\n')
    expect(lines[0]).toMatch(/^\| Figure +\| Measured +\| Limit \(same run\) \| Ratio +\| Target +\| +\|$/)
    expect(lines[1]).toMatch(/^\|-+\|-+\|-+\|-+\|-+\|-+\|$/)
    expect(lines[2]).toContain('| MISSED |')
    expect(lines[3]).toContain('| met    |')
    expect(lines[4]).toMatch(/\|  +\|$/)
    expect(lines[4]).not.toMatch(/met|MISSED/)
    expect(new Set(lines.map((l) => l.length)).size).toBe(1)
  })
})
