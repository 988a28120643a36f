import { describe, expect, it } from 'vitest'
import { createSenderPolicy } from '../../electron/main/ipc/sender-policy'
import { senderInfoOfRequest } from '../../electron/web-host/web-sender'

const hostOrigin = 'http://127.0.0.1:5199'
const isTrusted = createSenderPolicy(hostOrigin)

describe('senderInfoOfRequest', () => {
  it('describes a call from the host’s own page as a top frame of its own window', () => {
    const sender = senderInfoOfRequest({ origin: hostOrigin, host: '127.0.0.1:5199' }, hostOrigin)
    expect(sender).toEqual({ frameUrl: 'http://127.0.0.1:5199/', isMainFrame: true, isOwnWindow: true })
    expect(isTrusted(sender)).toBe(true)
  })

  it('has no frame URL without an Origin header', () => {
    const sender = senderInfoOfRequest({ host: '127.0.0.1:5199' }, hostOrigin)
    expect(sender.frameUrl).toBeNull()
    expect(isTrusted(sender)).toBe(false)
  })

  it('passes a foreign Origin on, for the sender policy to refuse', () => {
    for (const origin of ['http://evil.example', 'http://localhost:5199', 'http://127.0.0.1:5198', 'null']) {
      const sender = senderInfoOfRequest({ origin, host: '127.0.0.1:5199' }, hostOrigin)
      expect(sender.frameUrl).toBe(`${origin}/`)
      expect(isTrusted(sender), origin).toBe(false)
    }
  })

  it('is not the host’s own window when the request is addressed to another name (DNS rebinding)', () => {
    for (const host of ['evil.example:5199', 'localhost:5199', '127.0.0.1', '127.0.0.1:5198', '']) {
      const sender = senderInfoOfRequest({ origin: hostOrigin, host }, hostOrigin)
      expect(sender.isOwnWindow, host).toBe(false)
      expect(isTrusted(sender), host).toBe(false)
    }
    expect(senderInfoOfRequest({ origin: hostOrigin }, hostOrigin).isOwnWindow).toBe(false)
  })

  it('is not a top frame when the browser says the request loads an iframe', () => {
    const sender = senderInfoOfRequest(
      { origin: hostOrigin, host: '127.0.0.1:5199', 'sec-fetch-dest': 'iframe' },
      hostOrigin,
    )
    expect(sender.isMainFrame).toBe(false)
    expect(isTrusted(sender)).toBe(false)
    for (const dest of ['empty', 'document', 'script']) {
      const fetched = senderInfoOfRequest(
        { origin: hostOrigin, host: '127.0.0.1:5199', 'sec-fetch-dest': dest },
        hostOrigin,
      )
      expect(fetched.isMainFrame, dest).toBe(true)
    }
  })

  it('reads the first value of a repeated header', () => {
    // Node joins most repeated headers into one string; the type allows an array, and so does the code.
    const repeated: Record<string, string | string[]> = {
      origin: hostOrigin,
      host: '127.0.0.1:5199',
      'sec-fetch-dest': ['iframe', 'empty'],
    }
    const sender = senderInfoOfRequest(repeated, hostOrigin)
    expect(sender.isMainFrame).toBe(false)
  })

  it('trusts nothing before the host knows its own origin', () => {
    const sender = senderInfoOfRequest({ origin: hostOrigin, host: '127.0.0.1:5199' }, '')
    expect(sender.isOwnWindow).toBe(false)
  })
})
