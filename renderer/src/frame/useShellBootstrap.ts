import { useEffect } from 'react'
import type { IpcError } from '@shared/ipc/envelope'
import { rollcall } from '../ipc/rollcall'
import { useShellStore } from './shell-store'

function describe(error: IpcError): string {
  return `${error.message} (${error.code})`
}

/** Loads what the frame shows (business name, connectivity, a ready update) and keeps it current. */
export function useShellBootstrap(): void {
  useEffect(() => {
    const store = useShellStore.getState()
    let api
    try {
      api = rollcall()
    } catch (error) {
      store.setBridgeProblem(error instanceof Error ? error.message : String(error))
      return
    }
    let active = true
    void api.app.info().then((result) => {
      if (!active) return
      if (result.ok) store.setAppInfo(result.data)
      else store.setBridgeProblem(describe(result.error))
    })
    void api.site.status().then((result) => {
      if (!active) return
      if (result.ok) store.setSite(result.data)
      else store.setBridgeProblem(describe(result.error))
    })
    void api.connectivity.status().then((result) => {
      if (active && result.ok) store.setConnectivity(result.data)
    })
    // The update may be ready before this window asked (a download finished earlier): ask, but let a push
    // that arrives first win over the answer.
    let updatePushed = false
    void api.app.updateStatus().then((result) => {
      if (active && result.ok && !updatePushed) store.setUpdate(result.data)
    })
    const unsubscribers = [
      api.connectivity.onChanged((status) => store.setConnectivity(status)),
      api.site.onChanged((site) => store.setSite(site)),
      api.app.onUpdateChanged((update) => {
        updatePushed = true
        store.setUpdate(update)
      }),
    ]

    const onOnline = () => store.setBrowserOnline(true)
    const onOffline = () => store.setBrowserOnline(false)
    window.addEventListener('online', onOnline)
    window.addEventListener('offline', onOffline)
    store.setBrowserOnline(navigator.onLine)
    return () => {
      active = false
      unsubscribers.forEach((unsubscribe) => unsubscribe())
      window.removeEventListener('online', onOnline)
      window.removeEventListener('offline', onOffline)
    }
  }, [])
}
