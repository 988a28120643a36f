import { readFileSync } from 'node:fs'
import { connect } from 'node:net'
import { resolve } from 'node:path'
import { runInNewContext } from 'node:vm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RollcallApi } from '@shared/ipc/api'
import type { DemoSite } from '../../electron/demo-site'
import { BRIDGE_PATH, EVENTS_PATH, IPC_PATH } from '../../electron/web-host/paths'
import { withBridge } from '../../electron/web-host/server'
import { startWebHost, type WebHost } from '../../electron/web-host/start-web-host'
import { openEventStream, projectRoot, rawRequest, requireBuiltRenderer } from './support'

const rendererDir = resolve(projectRoot, 'out/renderer')
const bridgeTag = `<script src="${BRIDGE_PATH}"></script>`

let host: WebHost
let demo: DemoSite | undefined
let origin: string

beforeAll(async () => {
  requireBuiltRenderer()
  host = await startWebHost({
    projectRoot,
    port: 0,
    demoSite: { bookings: 50, seed: 7, startsAt: '2026-03-10T15:00:00Z' },
    onDemoSite: (started) => (demo = started),
  })
  origin = host.url
})
afterAll(() => host?.stop())

/** A call as the page would make it: POST, JSON, the page's own Origin. */
async function call(channel: string, body: unknown = {}, headers: Record<string, string> = {}) {
  const response = await fetch(`${origin}${IPC_PATH}${channel}`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    envelope: await response.json(),
  }
}

function cspMeta(html: string): string {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>/.exec(html)?.[0]
  if (!meta) throw new Error('no CSP meta')
  return meta
}

describe('the web host on 127.0.0.1', () => {
  it('listens on 127.0.0.1 on the free port it was given', () => {
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(new URL(origin).port).not.toBe('0')
  })

  it('started the demo site, on 127.0.0.1 too', () => {
    expect(demo?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(demo?.controlEnabled).toBe(true)
  })
})

describe('the renderer’s files', () => {
  it('serves index.html with the bridge script injected before </head> and nothing else changed', async () => {
    const onDisk = readFileSync(resolve(rendererDir, 'index.html'), 'utf8')
    for (const path of ['/', '/index.html']) {
      const response = await fetch(`${origin}${path}`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(response.headers.get('cache-control')).toBe('no-store')
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      const html = await response.text()
      expect(html.split(bridgeTag)).toHaveLength(2)
      expect(html).toMatch(new RegExp(`${bridgeTag}\\s*</head>`))
      expect(html.indexOf(bridgeTag)).toBeLessThan(html.indexOf('</head>'))
      expect(html.indexOf(bridgeTag)).toBeGreaterThan(html.indexOf('<head>'))
      expect(cspMeta(html)).toBe(cspMeta(onDisk))
      expect(html.replace(`  ${bridgeTag}\n  `, '')).toBe(onDisk)
    }
  })

  it('serves the built assets with their content types', async () => {
    const html = readFileSync(resolve(rendererDir, 'index.html'), 'utf8')
    const assets = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1] ?? '')
    const types: Record<string, string> = {
      js: 'text/javascript; charset=utf-8',
      css: 'text/css; charset=utf-8',
    }
    expect(assets.map((a) => a.split('.').pop()).sort()).toEqual(['css', 'js'])
    for (const asset of assets) {
      const response = await fetch(`${origin}/${asset}`)
      expect(response.status, asset).toBe(200)
      expect(response.headers.get('content-type'), asset).toBe(types[asset.split('.').pop() ?? ''])
      const body = Buffer.from(await response.arrayBuffer())
      expect(body.equals(readFileSync(resolve(rendererDir, asset))), asset).toBe(true)
    }
  })

  it('serves the bridge as JavaScript, and answers the browser’s favicon request with no content', async () => {
    const bridge = await fetch(`${origin}${BRIDGE_PATH}`)
    expect(bridge.status).toBe(200)
    expect(bridge.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await bridge.text()).toContain(IPC_PATH)
    const icon = await fetch(`${origin}/favicon.ico`)
    expect(icon.status).toBe(204)
  })

  it('answers HEAD like GET, without a body', async () => {
    const response = await rawRequest(origin, { method: 'HEAD', path: '/' })
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(response.body).toBe('')
  })

  it('answers 404 for what is not there, and 405 for anything but GET and HEAD', async () => {
    for (const path of ['/nope.js', '/assets/', '/assets', '/__rollcall/other']) {
      const response = await fetch(`${origin}${path}`)
      expect(response.status, path).toBe(404)
      expect(await response.text()).toBe('Not found')
    }
    const post = await fetch(`${origin}/index.html`, { method: 'POST', body: 'x' })
    expect(post.status).toBe(405)
  })

  it.each([
    '/../package.json',
    '/../../package.json',
    '/assets/../../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/%2E%2E/package.json',
    '/..%2fpackage.json',
    '/..%2F..%2Fpackage.json',
    '/assets/..%2f..%2f..%2fpackage.json',
    '/%2e%2e%2fpackage.json',
    '/..%5cpackage.json',
    '/..\\package.json',
    '/index.html%00.js',
    '/../renderer/../main/index.js',
    '/%252e%252e/package.json',
  ])('refuses the path traversal %s with 404', async (path) => {
    const response = await rawRequest(origin, { path })
    expect(response.status).toBe(404)
    expect(response.body).toBe('Not found')
  })

  it('answers a request target no URL parser accepts with 400, and keeps running', async () => {
    const port = Number(new URL(origin).port)
    const statusLine = await new Promise<string>((resolvePromise, reject) => {
      const socket = connect(port, '127.0.0.1', () =>
        socket.write(`GET //[ HTTP/1.1\r\nHost: 127.0.0.1:${String(port)}\r\nConnection: close\r\n\r\n`),
      )
      let received = ''
      socket.setEncoding('utf8')
      socket.on('data', (chunk: string) => (received += chunk))
      socket.on('close', () => resolvePromise(received.split('\r\n')[0] ?? ''))
      socket.on('error', reject)
    })
    expect(statusLine).toBe('HTTP/1.1 400 Bad Request')
    expect((await fetch(`${origin}/`)).status).toBe(200)
  })
})

describe('POST /__rollcall/ipc/<channel> (main’s dispatcher)', () => {
  it('answers app.info with the envelope', async () => {
    const packageJson = JSON.parse(readFileSync(resolve(projectRoot, 'package.json'), 'utf8')) as {
      productName: string
      version: string
    }
    const { status, type, envelope } = await call('app.info')
    expect(status).toBe(200)
    expect(type).toBe('application/json')
    expect(envelope).toEqual({
      ok: true,
      data: {
        name: packageJson.productName,
        version: packageJson.version,
        platform: process.platform,
        versions: expect.objectContaining({ node: process.versions.node }),
      },
    })
  })

  it('answers site.status: the demo site it started, without its API key', async () => {
    const { status, envelope } = await call('site.status')
    expect(status).toBe(200)
    expect(envelope).toMatchObject({ ok: true, data: { mode: 'demo', apiBaseUrl: demo?.url, problem: null } })
    expect(JSON.stringify(envelope)).not.toContain(demo?.apiKey)
  })

  it('answers connectivity.status', async () => {
    const { envelope } = await call('connectivity.status')
    expect(envelope).toMatchObject({ ok: true, data: { state: expect.stringMatching(/^(unknown|online)$/) } })
  })

  it('answers bookings.count and bookings.query from the demo site', async () => {
    const count = await call('bookings.count', {
      input: { by: 'updatedSince', since: '2000-01-01T00:00:00Z' },
    })
    expect(count).toMatchObject({ status: 200, envelope: { ok: true, data: { count: 50 } } })
    const page = await call('bookings.query', {
      input: { select: { by: 'updatedSince', since: '2000-01-01T00:00:00Z' }, limit: 3 },
    })
    expect(page.envelope).toMatchObject({ ok: true, data: { nextCursor: expect.any(String) } })
    expect(page.envelope.data.items).toHaveLength(3)
  })

  it('answers INVALID_INPUT for arguments the contract rejects, before calling the site', async () => {
    const before = demo?.requestLog().length
    for (const [channel, input] of [
      ['bookings.count', { by: 'everything' }],
      ['bookings.count', undefined],
      ['app.info', 42],
      ['bookings.confirm', { bookingId: 'b1', revision: 'three' }],
    ] as const) {
      const { status, envelope } = await call(channel, { input })
      expect(status, channel).toBe(200)
      expect(envelope, channel).toMatchObject({
        ok: false,
        error: { kind: 'invalid_input', code: 'INVALID_INPUT', retryable: false },
      })
      expect(envelope.error.message).toContain(`Invalid arguments for "${channel}"`)
    }
    expect(demo?.requestLog().length).toBe(before)
  })

  it.each(['app.nope', 'nope', 'app', 'app.info.extra', '__proto__.info', 'constructor.name', ''])(
    'answers UNKNOWN_CHANNEL for "%s"',
    async (channel) => {
      const { status, envelope } = await call(channel)
      expect(status).toBe(200)
      expect(envelope).toEqual({
        ok: false,
        error: {
          kind: 'invalid_input',
          code: 'UNKNOWN_CHANNEL',
          message: `Unknown request "${channel}".`,
          retryable: false,
          mayHaveReachedServer: false,
        },
      })
    },
  )

  const untrusted = {
    ok: false,
    error: expect.objectContaining({ kind: 'untrusted_sender', code: 'UNTRUSTED_SENDER' }),
  }

  it.each([
    ['another site', { origin: 'http://evil.example' }],
    ['localhost instead of 127.0.0.1', { origin: 'http://localhost:PORT' }],
    ['another port', { origin: 'http://127.0.0.1:1' }],
    ['https', { origin: 'https://127.0.0.1:PORT' }],
    ['an opaque origin', { origin: 'null' }],
    ['a frame', { 'sec-fetch-dest': 'iframe' }],
  ])('answers untrusted_sender with 403 to a call from %s', async (_what, headers) => {
    const port = new URL(origin).port
    const resolved = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v.replace('PORT', port)]))
    const before = demo?.requestLog().length
    const { status, envelope } = await call(
      'bookings.count',
      { input: { by: 'updatedSince', since: '2000-01-01T00:00:00Z' } },
      resolved,
    )
    expect(status).toBe(403)
    expect(envelope).toEqual(untrusted)
    expect(demo?.requestLog().length).toBe(before)
  })

  it('answers untrusted_sender with 403 to a call without Origin', async () => {
    const response = await rawRequest(origin, {
      method: 'POST',
      path: `${IPC_PATH}app.info`,
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })
    expect(response.status).toBe(403)
    expect(JSON.parse(response.body)).toEqual(untrusted)
  })

  it.each(['evil.example', 'localhost:PORT', 'rollcall.example:PORT', '127.0.0.1'])(
    'answers untrusted_sender with 403 to a call addressed to the host as %s (DNS rebinding)',
    async (hostHeader) => {
      const port = new URL(origin).port
      const response = await rawRequest(origin, {
        method: 'POST',
        path: `${IPC_PATH}app.info`,
        headers: { host: hostHeader.replace('PORT', port), origin, 'content-type': 'application/json' },
        body: '{}',
      })
      expect(response.status).toBe(403)
      expect(JSON.parse(response.body)).toEqual(untrusted)
    },
  )

  it('checks the sender before the channel', async () => {
    const { status, envelope } = await call('no.such', {}, { origin: 'http://evil.example' })
    expect(status).toBe(403)
    expect(envelope).toEqual(untrusted)
  })

  it.each([
    ['not JSON', '{"input": '],
    ['empty', ''],
    ['an array', '[1]'],
    ['null', 'null'],
    ['a string', '"input"'],
  ])('answers 400 MALFORMED_BODY to a body that is %s', async (_what, body) => {
    const { status, type, envelope } = await call('app.info', body)
    expect(status).toBe(400)
    expect(type).toBe('application/json')
    expect(envelope).toMatchObject({ ok: false, error: { kind: 'invalid_input', code: 'MALFORMED_BODY' } })
  })

  it.each(['GET', 'PUT', 'DELETE', 'OPTIONS'])('answers %s with 405 METHOD_NOT_ALLOWED', async (method) => {
    const response = await rawRequest(origin, { method, path: `${IPC_PATH}app.info`, headers: { origin } })
    expect(response.status).toBe(405)
    expect(JSON.parse(response.body)).toMatchObject({
      ok: false,
      error: { kind: 'invalid_input', code: 'METHOD_NOT_ALLOWED' },
    })
  })

  it('answers 413 BODY_TOO_LARGE to a body over a megabyte, and keeps answering', async () => {
    const { status, envelope } = await call('app.info', { input: 'x'.repeat(1_000_001) })
    expect(status).toBe(413)
    expect(envelope).toMatchObject({ ok: false, error: { kind: 'invalid_input', code: 'BODY_TOO_LARGE' } })
    expect((await call('app.info')).envelope).toMatchObject({ ok: true })
  })
})

describe('GET /__rollcall/events', () => {
  it('is a text/event-stream that sends the current site and line first, then main’s pushes', async () => {
    const stream = await openEventStream(`${origin}${EVENTS_PATH}`)
    const other = await openEventStream(`${origin}${EVENTS_PATH}`)
    try {
      expect(stream.status).toBe(200)
      expect(stream.contentType).toBe('text/event-stream; charset=utf-8')
      const site = (await call('site.status')).envelope.data
      expect(await stream.next()).toEqual({ event: 'site.changed', data: site })
      expect(await stream.next()).toMatchObject({
        event: 'connectivity.changed',
        data: { state: expect.any(String) },
      })
      for (const first of ['site.changed', 'connectivity.changed']) {
        expect((await other.next()).event).toBe(first)
      }

      const switched = await call('site.useDemo')
      expect(switched.envelope).toMatchObject({ ok: true, data: { mode: 'demo' } })
      const pushed = async (reader: typeof stream) => {
        for (;;) {
          const event = await reader.next()
          if (event.event === 'site.changed') return event.data
        }
      }
      expect(await pushed(stream)).toEqual(switched.envelope.data)
      expect(await pushed(other)).toEqual(switched.envelope.data)
    } finally {
      await stream.close()
      await other.close()
    }
  })

  it('refuses a stream addressed to another host name with 403', async () => {
    const port = new URL(origin).port
    const response = await rawRequest(origin, {
      path: EVENTS_PATH,
      headers: { host: `localhost:${port}` },
    })
    expect(response.status).toBe(403)
    expect(response.body).toBe('Forbidden')
  })
})

describe('the served bridge against this host', () => {
  it('gives a page window.rollcall, whose calls go through main’s dispatcher', async () => {
    const script = await (await fetch(`${origin}${BRIDGE_PATH}`)).text()
    const window = {} as { rollcall?: RollcallApi }
    // A browser resolves the bridge's relative URLs against the page and sends the page's Origin.
    const pageFetch = (url: string, init: RequestInit) =>
      fetch(new URL(url, origin), { ...init, headers: { ...(init.headers as object), origin } })
    runInNewContext(script, { window, fetch: pageFetch, EventSource: class {} })
    const api = window.rollcall
    if (!api) throw new Error('no window.rollcall')
    expect(await api.app.info()).toMatchObject({ ok: true, data: { name: 'Rollcall' } })
    expect(await api.site.status()).toMatchObject({ ok: true, data: { mode: 'demo' } })
    const refused = await api.bookings.count({ by: 'nope' } as never)
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })
})

describe('withBridge', () => {
  it('puts the bridge script before </head>', () => {
    expect(withBridge('<html><head><title>x</title></head><body></body></html>')).toBe(
      `<html><head><title>x</title>  ${bridgeTag}\n  </head><body></body></html>`,
    )
  })

  it('refuses an index.html without </head>', () => {
    expect(() => withBridge('<html><body></body></html>')).toThrow(/no <\/head>/)
  })
})
