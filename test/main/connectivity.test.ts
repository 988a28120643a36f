import { afterEach, describe, expect, it, vi } from 'vitest'
import { createConnectivityMonitor, type ProbeResult } from '../../electron/main/connectivity'

const clock = () => new Date('2026-11-23T15:00:00.000Z')

describe('the connectivity monitor', () => {
  afterEach(() => vi.useRealTimers())

  it('starts unknown, then reports what the probe sees', async () => {
    const monitor = createConnectivityMonitor({ probe: () => Promise.resolve({ online: true }), now: clock })
    expect(monitor.status().state).toBe('unknown')
    expect(await monitor.check()).toEqual({
      state: 'online',
      since: '2026-11-23T15:00:00.000Z',
      checkedAt: '2026-11-23T15:00:00.000Z',
      reason: null,
    })
  })

  it('notifies on changes of state only, keeping `since` while the state holds', async () => {
    const results: ProbeResult[] = [{ online: true }, { online: true }, { online: false }, { online: false }]
    let tick = 0
    const monitor = createConnectivityMonitor({
      probe: () => Promise.resolve(results.shift() ?? { online: true }),
      now: () => new Date(Date.UTC(2026, 10, 23, 15, 0, tick++)),
    })
    const seen: string[] = []
    monitor.subscribe((status) => seen.push(`${status.state}@${status.since}`))
    for (let i = 0; i < 4; i++) await monitor.check()
    expect(seen).toEqual(['online@2026-11-23T15:00:00.000Z', 'offline@2026-11-23T15:00:02.000Z'])
    expect(monitor.status()).toMatchObject({
      since: '2026-11-23T15:00:02.000Z',
      checkedAt: '2026-11-23T15:00:03.000Z',
    })
  })

  it('treats a probe that throws as offline, with the reason', async () => {
    const monitor = createConnectivityMonitor({
      probe: () => Promise.reject(new Error('ENETUNREACH')),
      now: clock,
    })
    expect(await monitor.check()).toMatchObject({ state: 'offline', reason: 'ENETUNREACH' })
  })

  it('shares one probe between concurrent checks', async () => {
    const probe = vi.fn(() => Promise.resolve({ online: true }))
    const monitor = createConnectivityMonitor({ probe, now: clock })
    await Promise.all([monitor.check(), monitor.check(), monitor.check()])
    expect(probe).toHaveBeenCalledTimes(1)
  })

  it('takes reports from elsewhere, and stops notifying after unsubscribe', () => {
    const monitor = createConnectivityMonitor({ probe: () => Promise.resolve({ online: true }), now: clock })
    const listener = vi.fn()
    const unsubscribe = monitor.subscribe(listener)
    monitor.report({ online: false, reason: 'Wix did not answer' })
    expect(monitor.status()).toMatchObject({ state: 'offline', reason: 'Wix did not answer' })
    unsubscribe()
    monitor.report({ online: true })
    expect(listener).toHaveBeenCalledTimes(1)
  })

  it('probes on a timer while started', async () => {
    vi.useFakeTimers()
    const probe = vi.fn(() => Promise.resolve({ online: true }))
    const monitor = createConnectivityMonitor({ probe, intervalMs: 1000, now: clock })
    monitor.start()
    await vi.advanceTimersByTimeAsync(3000)
    expect(probe).toHaveBeenCalledTimes(4)
    monitor.stop()
    await vi.advanceTimersByTimeAsync(3000)
    expect(probe).toHaveBeenCalledTimes(4)
  })
})
