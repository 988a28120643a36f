import type { DemoData } from '../../../electron/demo-site'

/** The demo site as a test sees it: its address and credentials, and its control surface over HTTP. */
export interface DemoControl {
  url: string
  apiKey: string
  siteId: string
  /** Everything the site holds now. */
  state(): Promise<DemoData>
  /** The site's clock (ISO). */
  now(): Promise<string>
  /** POST /__control/<path>: the outside world (customers, other desks), faults, the API key. */
  post<T = unknown>(path: string, body?: unknown): Promise<T>
  get<T = unknown>(path: string): Promise<T>
  /** DELETE /__control/<path> (e.g. /requests: the request log starts afresh). */
  delete<T = unknown>(path: string): Promise<T>
}

export function demoControl(url: string, apiKey: string, siteId: string): DemoControl {
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${url}/__control${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    const text = await response.text()
    if (!response.ok) throw new Error(`${method} /__control${path} → ${String(response.status)} ${text}`)
    return JSON.parse(text) as T
  }
  return {
    url,
    apiKey,
    siteId,
    state: () => call<DemoData>('GET', '/state'),
    now: async () => (await call<{ now: string }>('GET', '/clock')).now,
    post: (path, body) => call('POST', path, body ?? {}),
    get: (path) => call('GET', path),
    delete: (path) => call('DELETE', path),
  }
}
