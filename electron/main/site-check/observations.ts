import type { WireAnswer } from '../wix/transport'

/** One paged read: how many records were asked for and what came back, as the site sent it. */
export interface PageObservation {
  call: string
  limitAsked: number
  itemsReturned: number
  /** The answer's `pagingMetadata` as sent (counts, cursors present or not), or null when there was none. */
  pagingMetadata: unknown
}

/** A record set aside by the client's item-by-item validation, as its log reported it. */
export interface SetAsideRecord {
  what: string
  id: string | null
  problems: string[]
}

/**
 * What the check saw of the site: every raw answer (through the transport's observer) and every page. The
 * open questions are answered from these, not from the parsed records, so a date format or a field the
 * schemas drop is still seen.
 */
export class Observations {
  readonly answers: WireAnswer[] = []
  readonly pages: PageObservation[] = []
  readonly setAside: SetAsideRecord[] = []

  record(answer: WireAnswer): void {
    this.answers.push(answer)
  }

  /** Notes the page the last answer carried (`key` is the answer's list of records). */
  notePage(call: string, key: string, limitAsked: number): void {
    const last = this.answers.at(-1)
    const body = (last?.body ?? {}) as Record<string, unknown>
    const list = body[key]
    this.pages.push({
      call,
      limitAsked,
      itemsReturned: Array.isArray(list) ? list.length : 0,
      pagingMetadata: body.pagingMetadata ?? null,
    })
  }

  /** The records under `key` of every 200 answer whose path holds `pathPart`. */
  records(pathPart: string, key: string): unknown[] {
    return this.answers
      .filter((a) => a.status === 200 && a.path.includes(pathPart))
      .flatMap((a) => {
        const list = (a.body as Record<string, unknown> | undefined)?.[key]
        return Array.isArray(list) ? (list as unknown[]) : []
      })
  }
}
