/**
 * The names of every IPC channel, and nothing else. The preload imports only this file, so it stays a few
 * lines of plain JavaScript (no zod) — the schemas for the same names live in ./contract.ts, which the
 * compiler forces to cover exactly these names.
 *
 * A channel string is `<domain>.<method>`; the renderer calls it as `window.rollcall.<domain>.<method>()`.
 * Events pushed from main are `<domain>.<event>` and are subscribed to as `window.rollcall.<domain>.on<Event>()`.
 */
export const invokeChannelNames = {
  app: ['info', 'updateStatus', 'installUpdate', 'openLogsFolder'],
  connectivity: ['status'],
  site: ['status', 'test', 'connect', 'useDemo', 'check'],
  bookings: [
    'query',
    'count',
    'confirm',
    'decline',
    'cancel',
    'createWalkIn',
    'reschedule',
    'confirmVisit',
    'declineVisit',
    'cancelVisit',
  ],
  attendance: ['set', 'bulkSet', 'query'],
  sessions: ['query', 'byIds'],
  services: ['walkInTerms'],
} as const

export const eventChannelNames = {
  app: ['updateChanged'],
  connectivity: ['changed'],
  site: ['changed'],
} as const

export type InvokeDomain = keyof typeof invokeChannelNames
export type InvokeMethod<D extends InvokeDomain> = (typeof invokeChannelNames)[D][number]
export type EventDomain = keyof typeof eventChannelNames
export type EventName<D extends EventDomain> = (typeof eventChannelNames)[D][number]
export type ApiDomain = InvokeDomain | EventDomain

export function channelName<D extends string, M extends string>(domain: D, method: M): `${D}.${M}` {
  return `${domain}.${method}`
}

export function subscribeMethodName<E extends string>(event: E): `on${Capitalize<E>}` {
  return `on${event.charAt(0).toUpperCase()}${event.slice(1)}` as `on${Capitalize<E>}`
}

/** Every invoke channel string, e.g. `app.info`. */
export function allInvokeChannels(): string[] {
  return Object.entries(invokeChannelNames).flatMap(([domain, methods]) =>
    methods.map((method) => channelName(domain, method)),
  )
}

/** Every event channel string, e.g. `connectivity.changed`. */
export function allEventChannels(): string[] {
  return Object.entries(eventChannelNames).flatMap(([domain, events]) =>
    events.map((event) => channelName(domain, event)),
  )
}
