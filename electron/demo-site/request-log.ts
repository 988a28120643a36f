/** The last requests the site answered (or didn't), for tests that count calls and retries. */
export interface RequestLogEntry {
  /** Demo-clock time the request arrived. */
  at: string
  method: string
  path: string
  /** HTTP status sent, or what happened instead. */
  outcome: number | 'dropped' | 'hung' | 'committed-then-dropped'
  fault?: string
}

const MAX_ENTRIES = 2000

export class RequestLog {
  private entries: RequestLogEntry[] = []

  add(entry: RequestLogEntry): void {
    this.entries.push(entry)
    if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES)
  }

  list(): RequestLogEntry[] {
    return this.entries.map((e) => ({ ...e }))
  }

  clear(): void {
    this.entries = []
  }
}
