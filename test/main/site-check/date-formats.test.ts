import { describe, expect, it } from 'vitest'
import { dateFormatOf } from '../../../electron/main/site-check/date-formats'

describe('dateFormatOf', () => {
  it.each([
    ['2026-03-10T16:20:00.000Z', 'YYYY-MM-DDThh:mm:ss.SSSZ'],
    ['2026-03-10T16:20:00Z', 'YYYY-MM-DDThh:mm:ssZ'],
    ['2026-03-10T09:00:00', 'YYYY-MM-DDThh:mm:ss'],
    ['2026-03-10T09:00:00-05:00', 'YYYY-MM-DDThh:mm:ss±hh:mm'],
    ['2026-03-10T09:00:00:000', 'YYYY-MM-DDThh:mm:ss:SSS'],
    ['2026-03-10T09:00:00:000-0500', 'YYYY-MM-DDThh:mm:ss:SSS±hhmm'],
    ['2026-03-10', 'YYYY-MM-DD'],
  ])('%s is %s', (text, format) => {
    expect(dateFormatOf(text)).toBe(format)
  })

  it('keeps only the shape of anything else', () => {
    expect(dateFormatOf('10/03/2026 9am')).toBe('other: 99/99/9999 9…')
    expect(dateFormatOf('Tuesday 10 March')).toBe('other: … 99 …')
  })
})
