import { z } from 'zod'
import type { EventDomain, EventName, InvokeDomain, InvokeMethod } from './channels'
import { appInfoSchema } from './app'
import { connectivityStatusSchema } from './connectivity'

/** One request/response channel: what the renderer may send and what main promises to answer. */
export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I
  output: O
}

type InvokeContractShape = { [D in InvokeDomain]: { [M in InvokeMethod<D>]: ChannelSpec } }
type EventContractShape = { [D in EventDomain]: { [E in EventName<D>]: z.ZodType } }

const noInput = z.undefined()

/**
 * The IPC contract, written once. `satisfies` makes the compiler reject a missing or an extra channel
 * compared with ./channels.ts; main's handler registry, the preload and `window.rollcall` are all typed
 * from this object.
 */
export const invokeContract = {
  app: {
    info: { input: noInput, output: appInfoSchema },
  },
  connectivity: {
    status: { input: noInput, output: connectivityStatusSchema },
  },
} as const satisfies InvokeContractShape

/** Payloads main pushes to the renderer. Main validates each one before sending it. */
export const eventContract = {
  connectivity: {
    changed: connectivityStatusSchema,
  },
} as const satisfies EventContractShape

export type InvokeContract = typeof invokeContract
export type EventContract = typeof eventContract

export type ChannelOf<D extends InvokeDomain, M extends InvokeMethod<D>> = InvokeContract[D][M &
  keyof InvokeContract[D]]
export type InputSchemaOf<S> = S extends { input: infer I extends z.ZodType } ? I : never
export type OutputSchemaOf<S> = S extends { output: infer O extends z.ZodType } ? O : never

/** What a handler receives (already parsed). */
export type ChannelInput<D extends InvokeDomain, M extends InvokeMethod<D>> = z.output<
  InputSchemaOf<ChannelOf<D, M>>
>
/** What the renderer receives in `data`. */
export type ChannelOutput<D extends InvokeDomain, M extends InvokeMethod<D>> = z.output<
  OutputSchemaOf<ChannelOf<D, M>>
>
/** What a handler may return (main parses it into ChannelOutput before sending). */
export type ChannelAnswer<D extends InvokeDomain, M extends InvokeMethod<D>> = z.input<
  OutputSchemaOf<ChannelOf<D, M>>
>

export type EventSchemaOf<D extends EventDomain, E extends EventName<D>> = EventContract[D][E &
  keyof EventContract[D]]
export type EventPayload<D extends EventDomain, E extends EventName<D>> = z.output<EventSchemaOf<D, E>>
