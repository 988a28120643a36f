import { z } from 'zod'
import { invokeChannelNames, type InvokeDomain } from '@shared/ipc/channels'
import { invokeContract, type ChannelSpec } from '@shared/ipc/contract'
import { fail, ok, type IpcResult } from '@shared/ipc/envelope'
import { internalError, toIpcError } from './failure'
import type { HandlerRegistry } from './handlers'
import type { SenderCheck, SenderInfo } from './sender-policy'

export interface DispatcherOptions {
  handlers: HandlerRegistry
  isTrustedSender: SenderCheck
  /** Where main reports its own bugs (a thrown non-reportable error, an answer that breaks the contract). */
  onInternalError?: (channel: string, error: unknown) => void
}

export type Dispatch = (channel: string, sender: SenderInfo, rawInput: unknown) => Promise<IpcResult<unknown>>

type AnyHandler = (input: unknown) => unknown

function lookup(
  handlers: HandlerRegistry,
  channel: string,
): { spec: ChannelSpec; handler: AnyHandler } | null {
  const [domain, method, ...rest] = channel.split('.')
  if (!domain || !method || rest.length > 0 || !Object.hasOwn(invokeChannelNames, domain)) return null
  const methods: readonly string[] = invokeChannelNames[domain as InvokeDomain]
  if (!methods.includes(method)) return null
  const spec = (invokeContract as unknown as Record<string, Record<string, ChannelSpec>>)[domain]?.[method]
  const handler = (handlers as unknown as Record<string, Record<string, AnyHandler>>)[domain]?.[method]
  return spec && handler ? { spec, handler } : null
}

/**
 * The one gate every IPC call goes through, in this order: the sender is checked, the channel must exist,
 * the input is parsed with the channel's schema — only then does the handler run — and its answer is
 * parsed with the output schema. Every outcome is an envelope; nothing throws across IPC.
 */
export function createDispatcher({
  handlers,
  isTrustedSender,
  onInternalError,
}: DispatcherOptions): Dispatch {
  return async (channel, sender, rawInput) => {
    if (!isTrustedSender(sender)) {
      return fail({
        kind: 'untrusted_sender',
        code: 'UNTRUSTED_SENDER',
        message: 'This request did not come from the Rollcall window and was refused.',
        retryable: false,
        mayHaveReachedServer: false,
      })
    }
    const target = lookup(handlers, channel)
    if (!target) {
      return fail({
        kind: 'invalid_input',
        code: 'UNKNOWN_CHANNEL',
        message: `Unknown request "${channel}".`,
        retryable: false,
        mayHaveReachedServer: false,
      })
    }
    const input = target.spec.input.safeParse(rawInput)
    if (!input.success) {
      return fail({
        kind: 'invalid_input',
        code: 'INVALID_INPUT',
        message: `Invalid arguments for "${channel}": ${z.prettifyError(input.error)}`,
        retryable: false,
        mayHaveReachedServer: false,
      })
    }
    let answer: unknown
    try {
      answer = await target.handler(input.data)
    } catch (error) {
      const ipcError = toIpcError(error)
      if (ipcError === internalError) onInternalError?.(channel, error)
      return fail(ipcError)
    }
    const output = target.spec.output.safeParse(answer)
    if (!output.success) {
      onInternalError?.(channel, output.error)
      return fail(internalError)
    }
    return ok(output.data)
  }
}
