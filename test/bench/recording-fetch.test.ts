import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callKind, createRecordingFetch, sendRaw } from './recording-fetch'

let url = ''
const received: Array<{ method: string; path: string; body: string }> = []
const server = createServer((request, response) => {
  let body = ''
  request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
  request.on('end', () => {
    received.push({ method: request.method ?? '', path: request.url ?? '', body })
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(JSON.stringify({ ok: true, echo: body }))
  })
})

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('the recording fetch main is given in the benchmark', () => {
  it('tells reads (queries, counts, GETs), writes and the line probe apart', () => {
    expect(callKind('POST', '/_api/bookings-reader/v2/extended-bookings/query')).toBe('read')
    expect(callKind('POST', '/_api/bookings-reader/v2/extended-bookings/count')).toBe('read')
    expect(callKind('GET', '/calendar/v3/events')).toBe('read')
    expect(callKind('POST', '/bookings/v2/bulk/attendance/set')).toBe('write')
    expect(callKind('POST', '/_api/bookings-service/v2/bookings/abc/confirm')).toBe('write')
    expect(callKind('HEAD', '/')).toBe('probe')
  })

  it('records what was sent and leaves the answer whole for the caller; sendRaw sends the same again', async () => {
    const recording = createRecordingFetch()
    const started = performance.timeOrigin + performance.now()
    const response = await recording.fetch(`${url}/bookings/v2/bulk/attendance/set`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'key' },
      body: '{"a":1}',
    })
    expect(await response.json()).toEqual({ ok: true, echo: '{"a":1}' })
    expect(recording.calls).toHaveLength(1)
    const [call] = recording.calls
    expect(call).toMatchObject({ kind: 'write', method: 'POST', body: '{"a":1}', status: 200 })
    expect(call!.startedAt).toBeGreaterThanOrEqual(started)
    expect(call!.endedAt).toBeGreaterThanOrEqual(call!.startedAt)
    expect(recording.since(started, 'write')).toHaveLength(1)
    expect(recording.since(started, 'read')).toHaveLength(0)

    const raw = await sendRaw(recording.calls)
    expect(raw.statuses).toEqual([200])
    expect(received.at(-1)).toEqual({
      method: 'POST',
      path: '/bookings/v2/bulk/attendance/set',
      body: '{"a":1}',
    })
  })
})
