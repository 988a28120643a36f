import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createReachabilityProbe } from '../../../electron/main/site/reachability-probe'

let url = ''
const server = createServer((_request, response) => response.writeHead(404).end())
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('the reachability probe', () => {
  it('counts any HTTP answer as online', async () => {
    const probe = createReachabilityProbe({ isOsOnline: () => true, apiBaseUrl: () => url, fetch })
    expect(await probe()).toEqual({ online: true })
  })

  it('is offline when the OS has no network, without trying', async () => {
    let tried = false
    const probe = createReachabilityProbe({
      isOsOnline: () => false,
      apiBaseUrl: () => url,
      fetch: () => ((tried = true), Promise.reject(new Error('no'))),
    })
    expect(await probe()).toMatchObject({ online: false, reason: 'No network connection' })
    expect(tried).toBe(false)
  })

  it('is offline when the API host refuses the connection', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    const probe = createReachabilityProbe({
      isOsOnline: () => true,
      apiBaseUrl: () => `http://127.0.0.1:${port}`,
      fetch,
    })
    expect(await probe()).toMatchObject({ online: false, reason: 'Cannot reach the bookings site' })
  })
})
