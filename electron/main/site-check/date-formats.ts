/**
 * The shape of a date string, digits replaced by what they stand for: `YYYY-MM-DDThh:mm:ss.SSSZ`,
 * `YYYY-MM-DDThh:mm:ss:SSS` (SDK-B BookedSlot.startDate), `YYYY-MM-DDThh:mm:ss±hh:mm`. Only the shape is
 * kept, never the value. Anything else comes back with its digits masked (`9999/99/99`).
 */
export function dateFormatOf(text: string): string {
  const match =
    /^\d{4}-\d{2}-\d{2}(?:(T| )\d{2}:\d{2}(?::\d{2})?(?:([.:])(\d+))?)?(Z|[+-]\d{2}(:?)\d{2}|[+-]\d{2})?$/.exec(
      text,
    )
  if (!match)
    return `other: ${text
      .replace(/\d/g, '9')
      .replace(/[A-Za-z]{2,}/g, '…')
      .slice(0, 40)}`
  const [, separator, fractionMark, fraction, zone, zoneColon] = match
  let format = 'YYYY-MM-DD'
  if (separator) {
    const time = /(?:T| )(\d{2}:\d{2}(?::\d{2})?)/.exec(text)?.[1] ?? ''
    format += `${separator}${time.length > 5 ? 'hh:mm:ss' : 'hh:mm'}`
    if (fractionMark) format += `${fractionMark}${'S'.repeat(fraction?.length ?? 0)}`
  }
  if (zone === 'Z') format += 'Z'
  else if (zone) format += zone.length === 3 ? '±hh' : zoneColon ? '±hh:mm' : '±hhmm'
  return format
}

/** Field names that hold dates in Wix's answers (`startDate`, `utcDate`, `localDate`, `createdDate`, …). */
const isDateField = (key: string): boolean => /date$/i.test(key)

/**
 * Every date field under `record` (nested objects and arrays too), as `path → format`: the path has no
 * array indexes (`bookedEntity.slot.startDate`, `start.utcDate`).
 */
export function dateFieldsOf(record: unknown, prefix = '', into = new Map<string, Set<string>>()) {
  if (Array.isArray(record)) {
    for (const item of record) dateFieldsOf(item, prefix, into)
  } else if (typeof record === 'object' && record !== null) {
    for (const [key, value] of Object.entries(record)) {
      const path = prefix ? `${prefix}.${key}` : key
      if (typeof value === 'string' && isDateField(key)) {
        const formats = into.get(path) ?? new Set<string>()
        formats.add(dateFormatOf(value))
        into.set(path, formats)
      } else if (typeof value === 'object') dateFieldsOf(value, path, into)
    }
  }
  return into
}
