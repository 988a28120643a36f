import { describe, expect, it } from 'vitest'
import { createSenderPolicy } from '../../../electron/main/ipc/sender-policy'
import { trustedSender } from './fixtures'

describe('the sender policy', () => {
  it('trusts the top frame of our window on the app origin, whatever the path', () => {
    const trusted = createSenderPolicy('app://rollcall')
    expect(trusted(trustedSender)).toBe(true)
    expect(trusted({ ...trustedSender, frameUrl: 'app://rollcall/deep/route?x=1#y' })).toBe(true)
    expect(trusted({ ...trustedSender, frameUrl: 'APP://ROLLCALL/index.html' })).toBe(true)
  })

  it('uses the dev server origin in development, port included', () => {
    const trusted = createSenderPolicy('http://localhost:5173')
    expect(trusted({ ...trustedSender, frameUrl: 'http://localhost:5173/' })).toBe(true)
    expect(trusted({ ...trustedSender, frameUrl: 'http://localhost:5174/' })).toBe(false)
    expect(trusted(trustedSender)).toBe(false)
  })

  it('trusts nothing when its own origin is not a URL', () => {
    expect(createSenderPolicy('not a url')(trustedSender)).toBe(false)
  })
})
