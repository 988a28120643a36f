/**
 * What a front-desk search box matches: lower-case name parts, the e-mail (whole and its local part) and the
 * phone's digits (whole and without the country code), each indexed for prefix search in Dexie's multi-entry
 * index. Accents are folded so "Zoë" is found by "zoe".
 */
export interface SearchableContact {
  firstName?: string | null
  lastName?: string | null
  email?: string | null
  phone?: string | null
}

export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}

function nameTokens(name: string | null | undefined): string[] {
  return name
    ? foldForSearch(name)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
    : []
}

function phoneTokens(phone: string | null | undefined): string[] {
  const digits = phone?.replace(/\D/g, '') ?? ''
  if (digits.length < 4) return []
  // "+1 555 123 4567" is typed as "555…" at a desk far more often than as "1555…".
  return digits.length > 10 ? [digits, digits.slice(-10)] : [digits]
}

function emailTokens(email: string | null | undefined): string[] {
  const folded = email?.trim().toLowerCase() ?? ''
  if (!folded) return []
  const local = folded.split('@')[0] ?? ''
  return local && local !== folded ? [folded, local] : [folded]
}

export function searchTokens(contact: SearchableContact): string[] {
  return [
    ...new Set([
      ...nameTokens(contact.firstName),
      ...nameTokens(contact.lastName),
      ...emailTokens(contact.email),
      ...phoneTokens(contact.phone),
    ]),
  ]
}

/** The query side: the same folding, split into words; every word must prefix-match some token. */
export function queryWords(query: string): string[] {
  const trimmed = query.trim()
  if (/^[\d\s()+-]+$/.test(trimmed)) {
    const digits = trimmed.replace(/\D/g, '')
    return digits ? [digits] : []
  }
  return foldForSearch(trimmed)
    .split(/[\s,]+/)
    .map((word) => word.replace(/[^\p{L}\p{N}]+$/u, ''))
    .flatMap((word) =>
      // An e-mail (or the start of one) is matched whole; a name is split as the index splits names, so
      // "Haag-Marks" and "O'Brien" find what "Haag Marks" and "O Brien" find.
      /[@.]/.test(word) ? [word] : word.split(/[^\p{L}\p{N}]+/u),
    )
    .filter(Boolean)
}
