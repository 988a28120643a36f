import { buildRollcallApi } from '../../electron/preload/api'
import { createDispatcher } from '../../electron/main/ipc/dispatch'
import { createEventPublisher, type EventPublisher } from '../../electron/main/ipc/events'
import type { HandlerRegistry } from '../../electron/main/ipc/handlers'
import { sampleHandlers, trustedSender } from '../main/ipc/fixtures'

/**
 * `window.rollcall` as the app has it, minus Electron: the real preload API, the real dispatcher (sender
 * check, input and output validation) and the real event publisher, joined in memory.
 */
export function installFakeBridge(handlers: HandlerRegistry = sampleHandlers()): {
  events: EventPublisher
  uninstall(): void
} {
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  const dispatch = createDispatcher({ handlers, isTrustedSender: () => true })
  const api = buildRollcallApi({
    invoke: (channel, input) => dispatch(channel, trustedSender, input),
    on: (channel, listener) => {
      const set = listeners.get(channel) ?? new Set()
      listeners.set(channel, set.add(listener))
      return () => set.delete(listener)
    },
  })
  Object.defineProperty(window, 'rollcall', { value: api, configurable: true })
  const events = createEventPublisher(() => [
    {
      isDestroyed: () => false,
      send: (channel, payload) => listeners.get(channel)?.forEach((l) => l(payload)),
    },
  ])
  return { events, uninstall: () => Reflect.deleteProperty(window, 'rollcall') }
}
