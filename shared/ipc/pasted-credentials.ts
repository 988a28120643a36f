/**
 * An API key and a site ID as people paste them: copied from a dashboard, an e-mail or a chat, they bring
 * along characters nobody sees (a zero-width space, a byte order mark, bidi marks, a non-breaking space, a
 * line break where the text wrapped). None of those can be part of a key or a site ID, so they are removed.
 * Anything else outside plain printable ASCII (an emoji, an accented letter, a curly quote) cannot be part of
 * one either — and beyond Latin-1 cannot even go in an HTTP header — so it is refused in words that name it.
 */

/** Whitespace of any kind (line breaks, non-breaking spaces, the BOM) and invisible format characters. */
const INVISIBLE = /[\s\p{Cf}]/gu

/** What a key or a site ID can hold: printable ASCII, no spaces. */
const KEY_CHARACTER = /^[\x21-\x7e]$/

export type CredentialField = 'apiKey' | 'siteId'

/** The key or site ID without what was pasted along with it. */
export function cleanPastedCredential(value: string): string {
  return value.replace(INVISIBLE, '')
}

/** The first character that cannot be part of a key or a site ID, if any (after cleaning). */
export function foreignCharacter(value: string): string | undefined {
  return Array.from(value).find((character) => !KEY_CHARACTER.test(character))
}

function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}

/**
 * A character as a person can recognise it: "the emoji “😀”, U+1F600", "the letter “é”, U+00E9", "the
 * character “, U+201C", "an invisible character, U+0007".
 */
export function describeCharacter(character: string): string {
  if (/\p{Extended_Pictographic}/u.test(character)) return `the emoji “${character}”, ${codePoint(character)}`
  if (/\p{L}/u.test(character)) return `the letter “${character}”, ${codePoint(character)}`
  if (/[\p{C}\p{Z}\s]/u.test(character)) return `an invisible character, ${codePoint(character)}`
  return `the character ${character}, ${codePoint(character)}`
}

const refusals: Record<CredentialField, (what: string) => string> = {
  apiKey: (what) =>
    `The API key contains a character that cannot be part of a key (${what}): paste it again from Wix`,
  siteId: (what) =>
    `The site ID contains a character that cannot be part of a site ID (${what}): copy it again from your site’s dashboard address`,
}

/** Why this key or site ID is refused, naming the character (the connect form and main say the same). */
export function foreignCharacterMessage(field: CredentialField, character: string): string {
  return refusals[field](describeCharacter(character))
}

/** The codes main answers with when a key or site ID that reached it still cannot be sent. */
export const unsendableCredentialCodes: Record<CredentialField, string> = {
  apiKey: 'API_KEY_UNSENDABLE',
  siteId: 'SITE_ID_UNSENDABLE',
}
