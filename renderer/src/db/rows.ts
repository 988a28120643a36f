import type { BusinessDay } from '@shared/domain/business-day'

/**
 * Row shapes of the local store. The server's own objects (as validated by shared/wix) are kept whole in
 * `server`; the other fields are derived and indexed for the screens.
 */
export interface EventRow {
  id: string
  day: BusinessDay
  startUtc: string
  endUtc: string
  server: unknown
}

export interface BookingRow {
  id: string
  eventId: string | null
  day: BusinessDay
  status: string
  revision: string
  updatedDate: string
  externalUserId: string | null
  /** Lower-case name parts, e-mail and phone digits, for prefix search (multi-entry index). */
  searchTokens: string[]
  server: unknown
}

export interface AttendanceRow {
  bookingId: string
  eventId: string
  status: 'NOT_SET' | 'ATTENDED' | 'NOT_ATTENDED'
  numberOfAttendees: number
}

export type OutboxState = 'queued' | 'sending' | 'done' | 'conflict' | 'failed'

export interface OutboxRow {
  /** Monotonic sequence number: replay order. */
  seq?: number
  /** Client mutation id (UUID). */
  mutationId: string
  bookingId: string | null
  intent: string
  args: unknown
  baseRevision: string | null
  staff: string
  state: OutboxState
  attempts: number
  lastError: string | null
  nextAttemptAt: number
  createdAt: string
}

export interface SyncStateRow {
  key: string
  value: unknown
}

export interface ActivityRow {
  id?: number
  at: string
  staff: string
  mutationId: string | null
  summary: string
  outcome: 'recorded' | 'synced' | 'conflict' | 'failed' | 'discarded'
}
