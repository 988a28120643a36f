import { describe, expect, it, vi } from 'vitest'

const created: { options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn> }[] = []

vi.mock('electron', () => ({
  BrowserWindow: class {
    loadURL = vi.fn(() => Promise.resolve())
    once = vi.fn()
    show = vi.fn()
    constructor(options: Record<string, unknown>) {
      created.push({ options, loadURL: this.loadURL })
    }
  },
}))

const { createMainWindow, secureWebPreferences } = await import('../../electron/main/window')

describe('the main window', () => {
  it('turns every renderer security switch on', () => {
    expect(secureWebPreferences('/app/out/preload/index.js')).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
  })

  it('is created with those preferences and loads the app entry', () => {
    createMainWindow({ preloadPath: '/p/index.js', entryUrl: 'app://rollcall/index.html' })
    const [window] = created
    expect(window?.options.webPreferences).toEqual(secureWebPreferences('/p/index.js'))
    expect(window?.loadURL).toHaveBeenCalledWith('app://rollcall/index.html')
  })
})
