// Time is pinned: every date and instant below is fixed, and the code under test reads no clock (`over` and
// `now` are given as fixed values); days are computed in the fixtures' explicit zone, never the machine's.
import { describe, expect, it } from 'vitest'
import {
  csvField,
  sheetCsv,
  sheetFileName,
  toCsv,
  UTF8_BOM,
} from '../../../../renderer/src/features/sheet/sheet-csv'
import type { SheetSession } from '../../../../renderer/src/features/sheet/sheet-rows'

const session = (overrides: Partial<SheetSession> = {}): SheetSession => ({
  id: 'evt-1',
  day: '2026-03-10',
  eventId: 'evt-1',
  title: 'Vinyasa Flow',
  startUtc: '2026-03-10T14:00:00.000Z',
  startLabel: '9:00 AM',
  timeLabel: '9:00 – 10:00 AM',
  staff: 'Ana Ruiz',
  location: 'Studio A, upstairs',
  canceled: false,
  complete: true,
  rows: [],
  ...overrides,
})

describe('the sign-in sheet as CSV', () => {
  it('quotes a field with a comma, a quote or a line break, and doubles its quotes', () => {
    expect(csvField('Dana Lee')).toBe('Dana Lee')
    expect(csvField('Lee, Dana')).toBe('"Lee, Dana"')
    expect(csvField('Dana "DJ" Lee')).toBe('"Dana ""DJ"" Lee"')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField('cr\rlf')).toBe('"cr\rlf"')
    expect(csvField(3)).toBe('3')
    expect(csvField(null)).toBe('')
    expect(csvField('Zoë Müller')).toBe('Zoë Müller')
  })

  it('never hands a spreadsheet a formula', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`)
    expect(csvField('+1 555 0100')).toBe("'+1 555 0100")
    expect(csvField('@home')).toBe("'@home")
    expect(csvField('-2')).toBe("'-2")
    expect(csvField(-2)).toBe('-2')
  })

  it('ends every line with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        [1, null],
      ]),
    ).toBe('a,b\r\n1,\r\n')
  })

  it('has a header row, then a line per person of each session in order', () => {
    const text = sheetCsv('2026-03-10', [
      session({
        rows: [
          {
            bookingId: 'b1',
            name: 'Dana Lee',
            party: 2,
            status: 'Booked',
            attendance: 'Checked in',
            payment: 'Paid',
          },
          {
            bookingId: 'b2',
            name: 'Sam, Jr.',
            party: 1,
            status: 'Waitlist 1',
            attendance: null,
            payment: null,
          },
        ],
      }),
      session({ id: 'evt-2', title: 'Reformer', staff: null, location: null, rows: [] }),
    ])
    expect(text.split('\r\n')).toEqual([
      'Day,Time,Session,Staff,Location,Name,Party size,Status,Attendance,Payment',
      '2026-03-10,9:00 – 10:00 AM,Vinyasa Flow,Ana Ruiz,"Studio A, upstairs",Dana Lee,2,Booked,Checked in,Paid',
      '2026-03-10,9:00 – 10:00 AM,Vinyasa Flow,Ana Ruiz,"Studio A, upstairs","Sam, Jr.",1,Waitlist 1,,',
      '',
    ])
    // The byte order mark is added when the file is saved, once, before the header.
    expect(text.startsWith(UTF8_BOM)).toBe(false)
    expect([...new TextEncoder().encode(UTF8_BOM)]).toEqual([0xef, 0xbb, 0xbf])
  })

  it('names the file by day, and by session time and title for one session', () => {
    expect(sheetFileName('2026-03-10')).toBe('sign-in-sheet-2026-03-10.csv')
    expect(sheetFileName('2026-03-10', { startLabel: '9:00\u202fAM', title: 'Café Yoga & Tea!' })).toBe(
      'sign-in-sheet-2026-03-10-9-00-am-cafe-yoga-tea.csv',
    )
  })
})
