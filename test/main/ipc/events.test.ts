import { describe, expect, it, vi } from 'vitest'
import { createEventPublisher } from '../../../electron/main/ipc/events'
import { onlineStatus } from './fixtures'

function target(destroyed = false) {
  return { send: vi.fn(), isDestroyed: () => destroyed }
}

describe('the event publisher', () => {
  it('sends a valid payload on the event channel to every live window', () => {
    const [live, gone] = [target(), target(true)]
    createEventPublisher(() => [live, gone]).publish('connectivity', 'changed', onlineStatus)
    expect(live.send).toHaveBeenCalledWith('connectivity.changed', onlineStatus)
    expect(gone.send).not.toHaveBeenCalled()
  })

  it('refuses to push a payload that breaks the contract', () => {
    const live = target()
    const publisher = createEventPublisher(() => [live])
    expect(() =>
      publisher.publish('connectivity', 'changed', { ...onlineStatus, state: 'maybe' } as never),
    ).toThrow()
    expect(live.send).not.toHaveBeenCalled()
  })
})
