import { describe, expect, it } from 'vitest'
import { parseDemoSiteArgs } from '../../electron/demo-site/cli-args'
import { integerFlag, textFlag } from '../../electron/main/command-line'

describe('command-line flags', () => {
  it('reads a whole number within its range, and says what is wrong otherwise', () => {
    expect(integerFlag('--port', '4010', 0, 65_535)).toBe(4010)
    expect(integerFlag('--port', '0', 0, 65_535)).toBe(0)
    for (const bad of [undefined, '', ' ', 'x', '2.5', '-1', '65536'])
      expect(() => integerFlag('--port', bad, 0, 65_535)).toThrow(
        '--port needs a whole number from 0 to 65535',
      )
  })

  it('reads a value that is not the next flag', () => {
    expect(textFlag('--api-key', 'K')).toBe('K')
    for (const bad of [undefined, '', '--port'])
      expect(() => textFlag('--api-key', bad)).toThrow('--api-key needs a value')
  })
})

describe('the demo site’s arguments', () => {
  it('reads every flag', () => {
    expect(
      parseDemoSiteArgs([
        '--port',
        '4010',
        '--seed',
        '7',
        '--bookings',
        '2000',
        '--api-key',
        'K',
        '--site-id',
        'S',
        '--control',
        '--rate-limit',
        '200',
        '--starts-at',
        '2026-03-10T14:30:00Z',
      ]),
    ).toEqual({
      port: 4010,
      seed: 7,
      bookings: 2000,
      apiKey: 'K',
      siteId: 'S',
      control: true,
      rateLimitPerMinute: 200,
      startsAt: '2026-03-10T14:30:00Z',
    })
  })

  it('refuses what it does not know, and bad values, in words', () => {
    expect(() => parseDemoSiteArgs(['--nope'])).toThrow('unknown argument --nope')
    expect(() => parseDemoSiteArgs(['--bookings', 'lots'])).toThrow('--bookings needs a whole number')
    expect(() => parseDemoSiteArgs(['--now'])).toThrow('--now needs a value')
  })
})
