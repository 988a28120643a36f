import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  allEventChannels,
  allInvokeChannels,
  eventChannelNames,
  invokeChannelNames,
  subscribeMethodName,
} from '@shared/ipc/channels'
import { eventContract, invokeContract } from '@shared/ipc/contract'
import { ipcResultSchema } from '@shared/ipc/envelope'

const sortedKeys = (o: object) => Object.keys(o).sort()

describe('the IPC contract', () => {
  it('has a schema pair for exactly the channel names, and nothing more', () => {
    expect(sortedKeys(invokeContract)).toEqual(sortedKeys(invokeChannelNames))
    for (const [domain, methods] of Object.entries(invokeChannelNames)) {
      const specs = invokeContract[domain as keyof typeof invokeContract]
      expect(sortedKeys(specs)).toEqual([...methods].sort())
      for (const spec of Object.values(specs)) {
        expect(spec.input).toBeInstanceOf(z.ZodType)
        expect(spec.output).toBeInstanceOf(z.ZodType)
      }
    }
  })

  it('has a payload schema for exactly the event names', () => {
    expect(sortedKeys(eventContract)).toEqual(sortedKeys(eventChannelNames))
    for (const [domain, events] of Object.entries(eventChannelNames)) {
      const schemas = eventContract[domain as keyof typeof eventContract]
      expect(sortedKeys(schemas)).toEqual([...events].sort())
      for (const schema of Object.values(schemas)) expect(schema).toBeInstanceOf(z.ZodType)
    }
  })

  it('names every channel domain.method, uniquely, with no clash between calls and events', () => {
    const all = [...allInvokeChannels(), ...allEventChannels()]
    expect(all).toContain('app.info')
    expect(all).toContain('connectivity.status')
    expect(all).toContain('connectivity.changed')
    expect(new Set(all).size).toBe(all.length)
    for (const channel of all) expect(channel).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/)
  })

  it('does not let an event subscription shadow a method of the same domain', () => {
    for (const [domain, events] of Object.entries(eventChannelNames)) {
      const methods: readonly string[] = invokeChannelNames[domain as keyof typeof invokeChannelNames] ?? []
      for (const event of events) expect(methods).not.toContain(subscribeMethodName(event))
    }
    expect(subscribeMethodName('changed')).toBe('onChanged')
  })

  it('rejects input for channels that take none', () => {
    expect(invokeContract.app.info.input.safeParse(undefined).success).toBe(true)
    expect(invokeContract.app.info.input.safeParse({ sneaky: true }).success).toBe(false)
  })

  it('describes both sides of the envelope', () => {
    const schema = ipcResultSchema(z.number())
    expect(schema.parse({ ok: true, data: 3 })).toEqual({ ok: true, data: 3 })
    const failure = {
      ok: false,
      error: {
        kind: 'network',
        code: 'ECONNREFUSED',
        message: 'x',
        retryable: true,
        mayHaveReachedServer: false,
      },
    }
    expect(schema.parse(failure)).toEqual(failure)
    // Main's two flags always cross together with the kind: the renderer reads them, never guesses them.
    const { mayHaveReachedServer: _dropped, ...withoutReach } = failure.error
    expect(schema.safeParse({ ok: false, error: withoutReach }).success).toBe(false)
    expect(
      schema.safeParse({ ok: false, error: { kind: 'bogus', code: '', message: '', retryable: 1 } }).success,
    ).toBe(false)
    expect(schema.safeParse({ ok: true, data: 'three' }).success).toBe(false)
  })
})
