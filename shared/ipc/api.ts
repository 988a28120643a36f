import type { z } from 'zod'
import type { ApiDomain, EventDomain, EventName, InvokeDomain, InvokeMethod } from './channels'
import type { ChannelOf, EventPayload, InputSchemaOf, OutputSchemaOf } from './contract'
import type { IpcResult } from './envelope'

/**
 * The type of `window.rollcall`, inferred from the contract: one method per invoke channel (taking the
 * channel's input, answering its envelope) and one `on<Event>` subscription per event channel.
 */
type InvokeFn<S> = [z.input<InputSchemaOf<S>>] extends [undefined]
  ? () => Promise<IpcResult<z.output<OutputSchemaOf<S>>>>
  : (input: z.input<InputSchemaOf<S>>) => Promise<IpcResult<z.output<OutputSchemaOf<S>>>>

export type Unsubscribe = () => void

type InvokeMethods<D extends InvokeDomain> = {
  [M in InvokeMethod<D>]: InvokeFn<ChannelOf<D, M>>
}

type EventSubscriptions<D extends EventDomain> = {
  [E in EventName<D> as `on${Capitalize<E>}`]: (
    listener: (payload: EventPayload<D, E>) => void,
  ) => Unsubscribe
}

type DomainApi<D extends ApiDomain> = (D extends InvokeDomain ? InvokeMethods<D> : unknown) &
  (D extends EventDomain ? EventSubscriptions<D> : unknown)

export type RollcallApi = { readonly [D in ApiDomain]: DomainApi<D> }
