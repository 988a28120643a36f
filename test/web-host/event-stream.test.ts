import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { EventTarget } from '../../electron/main/ipc/events'
import { createEventStreams, type EventStreams } from '../../electron/web-host/event-stream'
import { eventually, openEventStream, type EventReader } from './support'

let streams: EventStreams
let server: Server
let url: string
/** The target `open()` answered for each request, in order. */
const opened: EventTarget[] = []
const readers: EventReader[] = []

beforeAll(async () => {
  streams = createEventStreams()
  server = createServer((_request, response) => {
    opened.push(streams.open(response))
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  url = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/`
})
afterEach(async () => {
  for (const reader of readers.splice(0)) await reader.close()
  streams.closeAll()
  opened.length = 0
})
afterAll(async () => {
  await new Promise<void>((r) => {
    server.close(() => r())
    server.closeAllConnections()
  })
})

async function open(): Promise<{ reader: EventReader; target: EventTarget }> {
  const before = opened.length
  const reader = await openEventStream(url)
  readers.push(reader)
  await eventually(() => opened.length > before)
  const target = opened[before]
  if (!target) throw new Error('no target')
  return { reader, target }
}

const count = (iterable: Iterable<unknown>) => [...iterable].length

describe('createEventStreams', () => {
  it('answers a text/event-stream that is not cached', async () => {
    const { reader } = await open()
    expect(reader.status).toBe(200)
    expect(reader.contentType).toBe('text/event-stream; charset=utf-8')
  })

  it('sends one event per push: its channel as the event name, its payload as JSON data', async () => {
    const { reader, target } = await open()
    target.send('site.changed', { mode: 'demo', note: 'two\nlines' })
    target.send('connectivity.changed', { state: 'online' })
    expect(await reader.next()).toEqual({ event: 'site.changed', data: { mode: 'demo', note: 'two\nlines' } })
    expect(await reader.next()).toEqual({ event: 'connectivity.changed', data: { state: 'online' } })
  })

  it('lists every open stream as a target, and each target reaches every stream', async () => {
    const first = await open()
    const second = await open()
    expect(count(streams.targets())).toBe(2)
    for (const target of streams.targets()) target.send('site.changed', { n: 1 })
    expect(await first.reader.next()).toEqual({ event: 'site.changed', data: { n: 1 } })
    expect(await second.reader.next()).toEqual({ event: 'site.changed', data: { n: 1 } })
  })

  it('forgets a stream when the browser closes it', async () => {
    const first = await open()
    await open()
    expect(count(streams.targets())).toBe(2)
    await first.reader.close()
    await eventually(() => count(streams.targets()) === 1)
    await eventually(() => first.target.isDestroyed())
  })

  it('closeAll() ends every stream and forgets them', async () => {
    const first = await open()
    const second = await open()
    expect(first.target.isDestroyed()).toBe(false)
    streams.closeAll()
    expect(count(streams.targets())).toBe(0)
    expect(first.target.isDestroyed()).toBe(true)
    expect(second.target.isDestroyed()).toBe(true)
    expect(await first.reader.ended()).toBe(true)
    expect(await second.reader.ended()).toBe(true)
  })
})
