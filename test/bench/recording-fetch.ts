/**
 * The fetch main's services are given in the benchmark: every call to the site is recorded (what was sent,
 * when it started, when its answer had fully arrived) so a phase can count its requests and the floor can
 * send exactly the same ones again, raw.
 */
export type CallKind = 'read' | 'write' | 'probe'

export interface RecordedCall {
  kind: CallKind
  method: string
  url: string
  /** The path, for the table ("/_api/bookings-reader/v2/extended-bookings/query"). */
  path: string
  headers: Array<[string, string]>
  body: string | null
  status: number
  /** Wall-clock ms (Date.now() with sub-ms precision: comparable with the page's timeOrigin + now()). */
  startedAt: number
  endedAt: number
}

export const wallClock = (): number => performance.timeOrigin + performance.now()

/** Reads are queries and counts (POST …/query too); writes change something; the line probe is HEAD /. */
export function callKind(method: string, path: string): CallKind {
  if (method === 'HEAD') return 'probe'
  if (method === 'GET' || /\/(query|count)[^/]*$/.test(path)) return 'read'
  return 'write'
}

export interface RecordingFetch {
  fetch: typeof fetch
  calls: RecordedCall[]
  /** The calls that started at or after `at` (wall clock), of one kind or all. */
  since(at: number, kind?: CallKind): RecordedCall[]
}

export function createRecordingFetch(base: typeof fetch = globalThis.fetch): RecordingFetch {
  const calls: RecordedCall[] = []
  const recording: typeof fetch = async (input, init) => {
    const request = new Request(input, init)
    const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.clone().text()
    const startedAt = wallClock()
    const response = await base(request)
    // The answer is complete when its body is: read a copy, leave the original to the caller.
    await response
      .clone()
      .arrayBuffer()
      .catch(() => undefined)
    const path = new URL(request.url).pathname
    calls.push({
      kind: callKind(request.method, path),
      method: request.method,
      url: request.url,
      path,
      headers: [...request.headers.entries()],
      body,
      status: response.status,
      startedAt,
      endedAt: wallClock(),
    })
    return response
  }
  return {
    fetch: recording,
    calls,
    since: (at, kind) => calls.filter((c) => c.startedAt >= at && (!kind || c.kind === kind)),
  }
}

/**
 * The floor of a phase: the same requests (method, URL, headers, body) sent again, one after another as the
 * pipeline must (each page's cursor comes from the one before), each answer read whole and parsed, and
 * nothing else done with it. Returns the wall time and the statuses.
 */
export async function sendRaw(
  calls: readonly RecordedCall[],
  base: typeof fetch = globalThis.fetch,
): Promise<{ ms: number; statuses: number[] }> {
  const statuses: number[] = []
  const started = wallClock()
  for (const call of calls) {
    const response = await base(call.url, {
      method: call.method,
      headers: call.headers,
      ...(call.body === null ? {} : { body: call.body }),
    })
    const text = await response.text()
    if (text) JSON.parse(text)
    statuses.push(response.status)
  }
  return { ms: wallClock() - started, statuses }
}

/** When each call started (ms after `t0`) and how long it took: where a phase spends its time, for the JSON. */
export function timeline(calls: readonly RecordedCall[], t0: number): Array<[string, number, number]> {
  return calls.map((c) => [
    `${c.method} ${c.path.split('/').slice(-2).join('/')}`,
    Math.round(c.startedAt - t0),
    Math.round(c.endedAt - c.startedAt),
  ])
}

/** How many of each (paths, statuses), for the JSON. */
export function countPaths(paths: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const path of paths) counts[path] = (counts[path] ?? 0) + 1
  return counts
}
