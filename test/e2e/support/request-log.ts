import type { RequestLogEntry } from '../../../electron/demo-site'
import type { DemoControl } from './demo-control'

/**
 * The demo site's log of the Wix API requests it answered (electron/demo-site/request-log.ts): what reached
 * the site, and how it answered (status, or the fault it played).
 */

/** Every logged request, oldest first. */
export async function siteRequests(demo: DemoControl): Promise<RequestLogEntry[]> {
  return (await demo.get<{ requests: RequestLogEntry[] }>('/requests')).requests
}

/** Empties the log: what it holds afterwards is what comes next. */
export async function clearSiteRequests(demo: DemoControl): Promise<void> {
  await demo.delete('/requests')
}

/** The requests whose path has `pathPart` (e.g. "/bulk/attendance/set"), of one method when given. */
export function requestsTo(
  log: readonly RequestLogEntry[],
  pathPart: string,
  method?: string,
): RequestLogEntry[] {
  return log.filter((r) => r.path.includes(pathPart) && (method === undefined || r.method === method))
}
