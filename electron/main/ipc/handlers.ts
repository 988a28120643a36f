import type { InvokeDomain, InvokeMethod } from '@shared/ipc/channels'
import type { ChannelAnswer, ChannelInput } from '@shared/ipc/contract'

type MaybePromise<T> = T | Promise<T>

/** A handler gets the already-validated input and returns data that main validates again before sending. */
export type ChannelHandler<D extends InvokeDomain, M extends InvokeMethod<D>> = (
  input: ChannelInput<D, M>,
) => MaybePromise<ChannelAnswer<D, M>>

export type DomainHandlers<D extends InvokeDomain> = { [M in InvokeMethod<D>]: ChannelHandler<D, M> }

/** One handler per channel of the contract; a missing or extra one is a compile error. */
export type HandlerRegistry = { [D in InvokeDomain]: DomainHandlers<D> }
