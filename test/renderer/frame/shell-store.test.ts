import { describe, expect, it } from 'vitest'
import { effectiveConnectivity, initialConnectivity } from '../../../renderer/src/frame/shell-store'

describe('effective connectivity', () => {
  const online = { ...initialConnectivity, state: 'online' as const }
  it('is offline when either side says so', () => {
    expect(effectiveConnectivity({ connectivity: online, browserOnline: false })).toBe('offline')
    expect(
      effectiveConnectivity({ connectivity: { ...online, state: 'offline' }, browserOnline: true }),
    ).toBe('offline')
  })
  it('is online only when main has seen the line up', () => {
    expect(effectiveConnectivity({ connectivity: online, browserOnline: true })).toBe('online')
    expect(effectiveConnectivity({ connectivity: initialConnectivity, browserOnline: true })).toBe('checking')
  })
})
