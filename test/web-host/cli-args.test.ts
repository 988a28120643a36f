import { describe, expect, it } from 'vitest'
import { DEFAULT_WEB_PORT, parseWebHostArgs, WEB_HOST_USAGE } from '../../electron/web-host/cli-args'

const apiKey = 'IST.eyJraWQiOiJQb3pIX2FDMiIsImFsZyI6IlJTMjU2In0'
const siteId = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d'
const wix = ['--api-key', apiKey, '--site-id', siteId]

describe('parseWebHostArgs', () => {
  it('defaults to port 5199, the demo site with its own defaults, and the usual probe interval', () => {
    expect(DEFAULT_WEB_PORT).toBe(5199)
    expect(parseWebHostArgs([])).toEqual({ port: 5199, demoSite: {}, connectTo: null, probeIntervalMs: null })
  })

  it('reads every demo-site flag, --port and --probe-every (in seconds, answered in ms)', () => {
    expect(
      parseWebHostArgs([
        '--port',
        '0',
        '--demo-port',
        '4010',
        '--seed',
        '42',
        '--bookings',
        '1200',
        '--demo-starts-at',
        '2026-03-10T15:00:00Z',
        '--probe-every',
        '5',
      ]),
    ).toEqual({
      port: 0,
      demoSite: { port: 4010, seed: 42, bookings: 1200, startsAt: '2026-03-10T15:00:00Z' },
      connectTo: null,
      probeIntervalMs: 5_000,
    })
  })

  it('reads --api-key and --site-id, with --wix-url (trailing slashes dropped) for another API', () => {
    expect(parseWebHostArgs(wix)).toMatchObject({ connectTo: { apiKey, siteId }, demoSite: {} })
    expect(parseWebHostArgs(wix).connectTo).not.toHaveProperty('apiBaseUrl')
    expect(parseWebHostArgs(['--wix-url', 'http://127.0.0.1:4010//', ...wix]).connectTo).toEqual({
      apiKey,
      siteId,
      apiBaseUrl: 'http://127.0.0.1:4010',
    })
    expect(parseWebHostArgs(['--port', '6000', '--probe-every', '3', ...wix])).toMatchObject({
      port: 6000,
      probeIntervalMs: 3_000,
    })
  })

  it('trims the credentials as the Settings form does', () => {
    expect(parseWebHostArgs(['--api-key', ` ${apiKey} `, '--site-id', ` ${siteId}`]).connectTo).toEqual({
      apiKey,
      siteId,
    })
  })

  it('accepts the edges of every range', () => {
    expect(parseWebHostArgs(['--port', '65535']).port).toBe(65_535)
    expect(parseWebHostArgs(['--bookings', '0']).demoSite.bookings).toBe(0)
    expect(parseWebHostArgs(['--bookings', '200000']).demoSite.bookings).toBe(200_000)
    expect(parseWebHostArgs(['--probe-every', '3600']).probeIntervalMs).toBe(3_600_000)
  })

  describe('says in words what is wrong', () => {
    const cases: [string, string[], RegExp][] = [
      ['an unknown flag', ['--verbose'], /^unknown argument --verbose$/],
      ['a stray word', ['5199'], /^unknown argument 5199$/],
      ['a number flag without its value', ['--port'], /^--port needs a whole number from 0 to 65535$/],
      ['a number flag followed by another flag', ['--seed', '--port', '1'], /^--seed needs a whole number/],
      ['a text flag without its value', ['--api-key'], /^--api-key needs a value$/],
      [
        'a text flag followed by another flag',
        ['--site-id', '--api-key', apiKey],
        /^--site-id needs a value$/,
      ],
      ['an empty value', ['--wix-url', ''], /^--wix-url needs a value$/],
      ['a word for a number', ['--port', 'eighty'], /^--port needs a whole number from 0 to 65535$/],
      ['a blank number', ['--port', ' '], /^--port needs a whole number/],
      ['a fraction', ['--bookings', '2.5'], /^--bookings needs a whole number from 0 to 200000$/],
      ['a negative number', ['--demo-port', '-1'], /^--demo-port needs a whole number from 0 to 65535$/],
      ['a port too high', ['--port', '65536'], /^--port needs a whole number from 0 to 65535$/],
      ['too many bookings', ['--bookings', '200001'], /^--bookings needs a whole number from 0 to 200000$/],
      [
        'a probe interval of 0',
        ['--probe-every', '0'],
        /^--probe-every needs a whole number from 1 to 3600$/,
      ],
      ['a flag twice', ['--port', '1', '--port', '2'], /^--port is given twice$/],
      ['a credential flag twice', [...wix, '--api-key', apiKey], /^--api-key is given twice$/],
      ['--api-key without --site-id', ['--api-key', apiKey], /^--api-key and --site-id go together/],
      ['--site-id without --api-key', ['--site-id', siteId], /^--api-key and --site-id go together/],
      ['--wix-url alone', ['--wix-url', 'https://example.com'], /^--api-key and --site-id go together/],
      ['a bad --demo-starts-at', ['--demo-starts-at', 'tomorrow'], /^--demo-starts-at needs a date and time/],
    ]
    it.each(cases)('%s', (_what, argv, message) => {
      expect(() => parseWebHostArgs(argv)).toThrow(message)
    })

    it.each(['--demo-port', '--seed', '--bookings'])('%s together with --api-key', (flag) => {
      expect(() => parseWebHostArgs([...wix, flag, '1'])).toThrow(
        `${flag} is for the demo site, which is not started with --api-key`,
      )
    })

    it('--demo-starts-at together with --api-key', () => {
      expect(() => parseWebHostArgs(['--demo-starts-at', '2026-03-10T15:00:00Z', ...wix])).toThrow(
        '--demo-starts-at is for the demo site, which is not started with --api-key',
      )
    })

    it('credentials the shared siteCredentialsSchema rejects, with its own messages', () => {
      expect(() => parseWebHostArgs(['--api-key', 'short', '--site-id', siteId])).toThrow(
        /That API key is too short[\s\S]*at apiKey/,
      )
      expect(() => parseWebHostArgs(['--api-key', apiKey, '--site-id', 'my-site'])).toThrow(
        /A site ID looks like 1a2b3c4d-…[\s\S]*at siteId/,
      )
      expect(() => parseWebHostArgs(['--wix-url', 'http://wix.example.com', ...wix])).toThrow(
        /Use an https:\/\/ address \(or http:\/\/ on this computer\)[\s\S]*at apiBaseUrl/,
      )
      expect(() => parseWebHostArgs(['--wix-url', 'not a url', ...wix])).toThrow(/apiBaseUrl/)
    })
  })

  it('has a usage text that names every flag it reads', () => {
    for (const flag of [
      '--port',
      '--demo-port',
      '--seed',
      '--bookings',
      '--demo-starts-at',
      '--wix-url',
      '--api-key',
      '--site-id',
      '--probe-every',
    ]) {
      expect(WEB_HOST_USAGE).toContain(flag)
    }
  })
})
