import { keptPerKey } from './kept-per-key'

/**
 * Wall-clock <-> UTC conversion for an IANA zone with nothing but Intl, so sessions sit at 9:00 in the
 * studio's zone whatever the machine's zone is, across DST changes.
 */
export interface LocalDateTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

const formatterFor = keptPerKey(
  (timeZone: string) =>
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    }),
)

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone)
    return true
  } catch {
    return false
  }
}

/** Wall-clock fields of an instant, read through Intl (slow; see zoneOffsetMs for the cached path). */
function intlZonedParts(utcMs: number, timeZone: string): LocalDateTime {
  const parts: Record<string, number> = {}
  for (const part of formatterFor(timeZone).formatToParts(new Date(utcMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  return {
    year: parts['year'] ?? 1970,
    month: parts['month'] ?? 1,
    day: parts['day'] ?? 1,
    hour: parts['hour'] ?? 0,
    minute: parts['minute'] ?? 0,
    second: parts['second'] ?? 0,
  }
}

function partsAsUtcMs(local: LocalDateTime): number {
  return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second)
}

/**
 * Zone offsets only change on quarter-hour boundaries, so one Intl lookup per zone and quarter hour is
 * enough; seeding 20,000 bookings would otherwise spend most of its time in formatToParts.
 */
const QUARTER_HOUR = 15 * 60_000
const offsetCache = new Map<string, Map<number, number>>()

/** Offset of the zone from UTC at that instant, in ms (Chicago in winter: -6 h). */
export function zoneOffsetMs(utcMs: number, timeZone: string): number {
  let perZone = offsetCache.get(timeZone)
  if (!perZone) {
    perZone = new Map()
    offsetCache.set(timeZone, perZone)
  }
  const bucket = Math.floor(utcMs / QUARTER_HOUR)
  let offset = perZone.get(bucket)
  if (offset === undefined) {
    const bucketStart = bucket * QUARTER_HOUR
    offset = partsAsUtcMs(intlZonedParts(bucketStart, timeZone)) - bucketStart
    if (perZone.size > 50_000) perZone.clear()
    perZone.set(bucket, offset)
  }
  return offset
}

export function zonedParts(utcMs: number, timeZone: string): LocalDateTime {
  const shifted = new Date(Math.floor(utcMs / 1000) * 1000 + zoneOffsetMs(utcMs, timeZone))
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  }
}

/**
 * The instant a wall-clock time happens in the zone. An ambiguous time (DST ends) takes its first
 * occurrence; a time skipped by DST moves forward by the gap (02:30 -> 03:30 CDT).
 */
export function localToUtcMs(local: LocalDateTime, timeZone: string): number {
  const asUtc = partsAsUtcMs(local)
  const firstGuess = asUtc - zoneOffsetMs(asUtc, timeZone)
  const offset = zoneOffsetMs(firstGuess, timeZone)
  const secondGuess = asUtc - offset
  if (zoneOffsetMs(secondGuess, timeZone) === offset) return secondGuess
  return Math.max(firstGuess, secondGuess)
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

export function formatLocal(local: LocalDateTime): string {
  return `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)}T${pad(local.hour)}:${pad(local.minute)}:${pad(local.second)}`
}

/** `2026-03-02T09:00:00` in the zone. */
export function formatLocalDateTime(utcMs: number, timeZone: string): string {
  return formatLocal(zonedParts(utcMs, timeZone))
}

/** `2026-03-02T09:00:00-06:00`: local wall-clock time with its offset (booking slot dates). */
export function formatLocalWithOffset(utcMs: number, timeZone: string): string {
  const offsetMinutes = Math.round(zoneOffsetMs(utcMs, timeZone) / 60000)
  const sign = offsetMinutes < 0 ? '-' : '+'
  const abs = Math.abs(offsetMinutes)
  return `${formatLocalDateTime(utcMs, timeZone)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

/**
 * `YYYY-MM-DDThh:mm[:ss[.SSS]]`, and Wix's slot forms with a colon before the milliseconds
 * (`YYYY-MM-DDThh:mm:ss:SSS`, SDK-B BookedSlot.startDate); then an optional offset or `Z` (`…:SSSZZ`).
 */
const WIX_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.:](\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/i

interface WixDateTime {
  local: LocalDateTime
  milliseconds: number
  /** Minutes east of UTC when the text states an offset (`Z` is 0); undefined for a bare wall-clock time. */
  offsetMinutes: number | undefined
}

function offsetMinutesOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined
  if (text.toUpperCase() === 'Z') return 0
  const digits = text.slice(1).replace(':', '')
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))
  return text.startsWith('-') ? -minutes : minutes
}

function parseWixDateTime(text: string): WixDateTime | undefined {
  const match = WIX_DATE_TIME.exec(text)
  if (!match) return undefined
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  const check = new Date(Date.UTC(year, month - 1, day, hour, minute, second))
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return undefined
  }
  const offsetMinutes = offsetMinutesOf(match[8])
  if (offsetMinutes !== undefined && Math.abs(offsetMinutes) > 18 * 60) return undefined
  return {
    local: { year, month, day, hour, minute, second },
    milliseconds: Number((match[7] ?? '0').padEnd(3, '0').slice(0, 3)),
    offsetMinutes,
  }
}

/** Parses `YYYY-MM-DDThh:mm[:ss[.SSS|:SSS]]` with no offset; anything else is undefined. */
export function parseLocalDateTime(text: string): LocalDateTime | undefined {
  const parsed = parseWixDateTime(text)
  return parsed && parsed.offsetMinutes === undefined ? parsed.local : undefined
}

/** The wall-clock part of a Wix date-time, whether or not it states an offset (`…T09:00:00:000-05:00` → 09:00). */
export function wallClockOf(text: string): LocalDateTime | undefined {
  return parseWixDateTime(text)?.local
}

/** Whether `text` is a local date-time in one of the forms Wix sends (offset or not). */
export function isWixLocalDateTime(text: string): boolean {
  return parseWixDateTime(text) !== undefined
}

/** Whether `text` states its own offset (or `Z`), so it needs no time zone to be placed. */
export function statesOffset(text: string): boolean {
  return parseWixDateTime(text)?.offsetMinutes !== undefined
}

/** Calendar arithmetic on a local date (time of day kept). */
export function addLocalDays(local: LocalDateTime, days: number): LocalDateTime {
  const shifted = new Date(Date.UTC(local.year, local.month - 1, local.day + days))
  return {
    ...local,
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  }
}

/** 0 = Sunday … 6 = Saturday. */
export function localWeekday(local: LocalDateTime): number {
  return new Date(Date.UTC(local.year, local.month - 1, local.day)).getUTCDay()
}

/**
 * The instant (UTC ms) a Wix local date-time names, in any form Wix sends (`…T09:00:00`, `…T09:00:00.000`,
 * `…T09:00:00:000`, each optionally followed by an offset or `Z`): one with an offset or `Z` is read as it
 * says; one without is a wall-clock time in `timeZone` (a repeated hour takes its first occurrence, a skipped
 * one moves on by the gap). Undefined when the text is not a date-time, or when it needs a zone and the zone
 * is unknown.
 */
export function instantOfLocal(text: string, timeZone: string | null | undefined): number | undefined {
  const parsed = parseWixDateTime(text.trim())
  if (!parsed) return undefined
  if (parsed.offsetMinutes !== undefined)
    return partsAsUtcMs(parsed.local) - parsed.offsetMinutes * 60_000 + parsed.milliseconds
  if (!timeZone || !isValidTimeZone(timeZone)) return undefined
  return localToUtcMs(parsed.local, timeZone) + parsed.milliseconds
}
