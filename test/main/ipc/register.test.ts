import { beforeEach, describe, expect, it, vi } from 'vitest'
import { allInvokeChannels } from '@shared/ipc/channels'

const handlers = new Map<string, (event: unknown, input: unknown) => unknown>()
const ownContents = { id: 1, mainFrame: { url: 'app://rollcall/index.html' } }

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: (event: unknown, input: unknown) => unknown) => handlers.set(channel, fn),
    removeHandler: (channel: string) => handlers.delete(channel),
  },
  BrowserWindow: { fromWebContents: (contents: unknown) => (contents === ownContents ? {} : null) },
}))

const { registerIpc, senderInfoOf } = await import('../../../electron/main/ipc/register')

describe('IPC registration', () => {
  beforeEach(() => handlers.clear())

  it('binds every channel of the contract, and unbinds them all', () => {
    const unregister = registerIpc(vi.fn())
    expect([...handlers.keys()].sort()).toEqual(allInvokeChannels().sort())
    unregister()
    expect(handlers.size).toBe(0)
  })

  it('hands the dispatcher the channel, who sent it and the raw input', async () => {
    const dispatch = vi.fn(() => Promise.resolve({ ok: true as const, data: null }))
    registerIpc(dispatch)
    const event = { sender: ownContents, senderFrame: ownContents.mainFrame }
    await handlers.get('app.info')?.(event, { raw: 1 })
    expect(dispatch).toHaveBeenCalledWith(
      'app.info',
      { frameUrl: 'app://rollcall/index.html', isMainFrame: true, isOwnWindow: true },
      { raw: 1 },
    )
  })

  it('describes senders it must refuse', () => {
    const iframe = { url: 'app://rollcall/index.html' }
    expect(senderInfoOf({ sender: ownContents, senderFrame: iframe } as never)).toMatchObject({
      isMainFrame: false,
    })
    const stranger = { id: 2, mainFrame: iframe }
    expect(senderInfoOf({ sender: stranger, senderFrame: iframe } as never)).toMatchObject({
      isOwnWindow: false,
    })
    expect(senderInfoOf({ sender: ownContents, senderFrame: null } as never)).toMatchObject({
      frameUrl: null,
      isMainFrame: false,
    })
  })
})
