import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { buildRollcallApi } from './api'

// Sandboxed preload: the only thing it does is expose the typed contract as `window.rollcall`.
contextBridge.exposeInMainWorld(
  'rollcall',
  buildRollcallApi({
    invoke: (channel, input) => ipcRenderer.invoke(channel, input),
    on: (channel, listener) => {
      const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload)
      ipcRenderer.on(channel, wrapped)
      return () => void ipcRenderer.removeListener(channel, wrapped)
    },
  }),
)
