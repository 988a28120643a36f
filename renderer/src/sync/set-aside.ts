/**
 * Records main could not read and set aside (issue 17): one odd record never stops a pull; main leaves it out,
 * logs it (redacted) and counts it on the page it answers. The engine adds the counts up per pull and the
 * desk says so in words (`setAsideWords`).
 */
export type SetAsideKind = 'bookings' | 'sessions' | 'attendance' | 'services'
export type SetAsideCounts = Readonly<Record<SetAsideKind, number>>

export const noneSetAside: SetAsideCounts = { bookings: 0, sessions: 0, attendance: 0, services: 0 }

/** A page from main, its set-aside records reported to `onSetAside` on the way. */
export async function countingSetAside<T extends { setAside: number }>(
  page: Promise<T>,
  kind: SetAsideKind,
  onSetAside: ((kind: SetAsideKind, count: number) => void) | undefined,
): Promise<T> {
  const answer = await page
  if (answer.setAside > 0) onSetAside?.(kind, answer.setAside)
  return answer
}

/** The larger count of each kind (a count stored by an older version may lack a kind: it reads as 0). */
export function mostSetAside(a: SetAsideCounts, b: SetAsideCounts): SetAsideCounts {
  const kinds = Object.keys(noneSetAside) as SetAsideKind[]
  return Object.fromEntries(kinds.map((kind) => [kind, Math.max(a[kind] ?? 0, b[kind] ?? 0)])) as Record<
    SetAsideKind,
    number
  >
}

const NOUNS: Record<SetAsideKind, [one: string, many: string]> = {
  bookings: ['booking', 'bookings'],
  sessions: ['session', 'sessions'],
  attendance: ['attendance record', 'attendance records'],
  services: ['service', 'services'],
}

/** "2 bookings from Wix could not be read — see the log"; null when nothing was set aside. */
export function setAsideWords(counts: SetAsideCounts): string | null {
  const parts = (Object.keys(NOUNS) as SetAsideKind[])
    .filter((kind) => counts[kind] > 0)
    .map((kind) => `${String(counts[kind])} ${NOUNS[kind][counts[kind] === 1 ? 0 : 1]}`)
  if (!parts.length) return null
  const listed = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}` : parts[0]
  return `${listed ?? ''} from Wix could not be read — see the log`
}
