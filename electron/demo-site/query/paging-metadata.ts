import type { PagingMetadata } from '@shared/wix/paging'

/**
 * Each Wix query answers with its own paging metadata type (SDK typings; test/conformance holds the demo
 * site's answers against them):
 * - Query Extended Bookings: `PagingMetadataV2` — count, offset, total, tooManyToCount, cursors; no `hasNext`.
 * - Query Attendance: `CursorPagingMetadata` — cursors and `hasNext`; no `count`.
 */
export function pagingMetadataV2(metadata: PagingMetadata): PagingMetadata {
  const { hasNext: _hasNext, ...rest } = metadata
  return rest
}

export function cursorPagingMetadata(metadata: PagingMetadata): PagingMetadata {
  const { cursors, hasNext } = metadata
  return { ...(cursors ? { cursors } : {}), ...(hasNext === undefined ? {} : { hasNext }) }
}
