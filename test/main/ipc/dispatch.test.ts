import { describe, expect, it, vi } from 'vitest'
import { ipcResultSchema } from '@shared/ipc/envelope'
import { appInfoSchema } from '@shared/ipc/app'
import { createDispatcher } from '../../../electron/main/ipc/dispatch'
import { IpcFailure } from '../../../electron/main/ipc/failure'
import { createSenderPolicy } from '../../../electron/main/ipc/sender-policy'
import type { AppInfo } from '@shared/ipc/app'
import { appOrigin, sampleAppInfo, sampleHandlers, trustedSender } from './fixtures'

function setup(info: () => AppInfo = () => sampleAppInfo) {
  const handler = vi.fn(info)
  const onInternalError = vi.fn()
  const dispatch = createDispatcher({
    handlers: sampleHandlers({ app: { ...sampleHandlers().app, info: handler } }),
    isTrustedSender: createSenderPolicy(appOrigin),
    onInternalError,
  })
  return { dispatch, handler, onInternalError }
}

describe('the IPC dispatcher', () => {
  it('answers a valid call from our window with an ok envelope', async () => {
    const { dispatch } = setup()
    const result = await dispatch('app.info', trustedSender, undefined)
    expect(ipcResultSchema(appInfoSchema).parse(result)).toEqual({ ok: true, data: sampleAppInfo })
  })

  it.each([
    ['another origin', { ...trustedSender, frameUrl: 'https://evil.example/index.html' }],
    ['a look-alike host', { ...trustedSender, frameUrl: 'app://rollcall.evil/index.html' }],
    ['a file: page', { ...trustedSender, frameUrl: 'file:///tmp/index.html' }],
    ['a sub-frame', { ...trustedSender, isMainFrame: false }],
    ['a window we did not create', { ...trustedSender, isOwnWindow: false }],
    ['an unknown frame', { ...trustedSender, frameUrl: null }],
  ])('refuses %s before any handler runs', async (_label, sender) => {
    const { dispatch, handler } = setup()
    const result = await dispatch('app.info', sender, undefined)
    expect(result).toMatchObject({ ok: false, error: { kind: 'untrusted_sender', retryable: false } })
    expect(handler).not.toHaveBeenCalled()
  })

  it('refuses arguments the contract does not allow, before the handler runs', async () => {
    const { dispatch, handler } = setup()
    const result = await dispatch('app.info', trustedSender, { path: '/etc/passwd' })
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid_input', code: 'INVALID_INPUT' } })
    expect(handler).not.toHaveBeenCalled()
  })

  it.each(['app.nope', 'nope.info', 'app', 'app.info.extra', '__proto__.info', 'constructor.name', ''])(
    'refuses the unknown channel %j',
    async (channel) => {
      const { dispatch } = setup()
      const result = await dispatch(channel, trustedSender, undefined)
      expect(result).toMatchObject({ ok: false, error: { kind: 'invalid_input', code: 'UNKNOWN_CHANNEL' } })
    },
  )

  it('passes a reportable failure through as is', async () => {
    const error = {
      kind: 'rejected',
      code: 'NO_OPEN_SPOTS',
      message: 'The class is full.',
      retryable: false,
      mayHaveReachedServer: true,
    } as const
    const { dispatch, onInternalError } = setup(() => {
      throw new IpcFailure(error)
    })
    expect(await dispatch('app.info', trustedSender, undefined)).toEqual({ ok: false, error })
    expect(onInternalError).not.toHaveBeenCalled()
  })

  it('hides the details of a crash from the renderer and reports them in main', async () => {
    const { dispatch, onInternalError } = setup(() => {
      throw new Error('secret path /home/desk/.config')
    })
    const result = await dispatch('app.info', trustedSender, undefined)
    expect(result).toMatchObject({ ok: false, error: { kind: 'internal', code: 'INTERNAL' } })
    expect(JSON.stringify(result)).not.toContain('secret')
    expect(onInternalError).toHaveBeenCalledWith('app.info', expect.any(Error))
  })

  it('never sends an answer that breaks the contract', async () => {
    const { dispatch, onInternalError } = setup(() => ({ ...sampleAppInfo, version: 42 }) as never)
    const result = await dispatch('app.info', trustedSender, undefined)
    expect(result).toMatchObject({ ok: false, error: { kind: 'internal' } })
    expect(onInternalError).toHaveBeenCalledOnce()
  })
})
