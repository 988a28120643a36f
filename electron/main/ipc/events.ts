import type { z } from 'zod'
import { channelName, type EventDomain, type EventName } from '@shared/ipc/channels'
import { eventContract, type EventSchemaOf } from '@shared/ipc/contract'

/** The part of a WebContents that receives pushes. */
export interface EventTarget {
  send(channel: string, payload: unknown): void
  isDestroyed(): boolean
}

export interface EventPublisher {
  publish<D extends EventDomain, E extends EventName<D>>(
    domain: D,
    event: E,
    payload: z.input<EventSchemaOf<D, E>>,
  ): void
}

/** Pushes events to every live window, after checking the payload against the contract. */
export function createEventPublisher(targets: () => Iterable<EventTarget>): EventPublisher {
  return {
    publish(domain, event, payload) {
      const schema = (eventContract as Record<string, Record<string, z.ZodType>>)[domain]?.[event]
      if (!schema) throw new Error(`No such event: ${domain}.${event}`)
      const data = schema.parse(payload)
      const channel = channelName(domain, event)
      for (const target of targets()) {
        if (!target.isDestroyed()) target.send(channel, data)
      }
    },
  }
}
