import {
  foreignCharacter,
  foreignCharacterMessage,
  unsendableCredentialCodes,
  type CredentialField,
} from '@shared/ipc/pasted-credentials'
import { WixApiError } from './errors'

/** The headers that carry the site's credentials (README.md, "Auth and headers"), by what they carry. */
const credentialHeaders: Record<string, CredentialField> = {
  authorization: 'apiKey',
  'wix-site-id': 'siteId',
}

/** Fetch strips these around a value itself; anything else in it is sent as is, or refused. */
const HTTP_WHITESPACE_AROUND = /^[\t\n\r ]+|[\t\n\r ]+$/g

/** A header value fetch refuses (with a TypeError): beyond Latin-1 (a ByteString), or NUL, CR or LF inside. */
function unsendable(value: string): boolean {
  return Array.from(value).some((character) => {
    const code = character.codePointAt(0) ?? 0
    return code > 0xff || code === 0 || code === 0x0a || code === 0x0d
  })
}

function entriesOf(headers: HeadersInit | undefined): [string, string][] {
  if (!headers) return []
  if (headers instanceof Headers) return [...headers.entries()] // Already checked when it was built.
  if (Array.isArray(headers)) return headers.map(([name = '', value = '']) => [name, value])
  return Object.entries(headers)
}

/**
 * Why these headers cannot be sent, as the error to answer with, or undefined when they can. The key and the
 * site ID must be plain printable ASCII (what the connect form lets through), so a saved or passed-in one
 * that is not is refused in the same words as in the form; any other header only needs to be sendable.
 */
export function unsendableHeader(headers: HeadersInit | undefined): WixApiError | undefined {
  for (const [name, raw] of entriesOf(headers)) {
    const value = raw.replace(HTTP_WHITESPACE_AROUND, '')
    const field = credentialHeaders[name.toLowerCase()]
    if (field) {
      const character = foreignCharacter(value)
      if (character === undefined) continue
      return new WixApiError({
        kind: 'auth',
        code: unsendableCredentialCodes[field],
        message: foreignCharacterMessage(field, character),
        mayHaveReachedServer: false,
      })
    }
    if (unsendable(value)) {
      return new WixApiError({
        kind: 'invalid',
        code: 'UNSENDABLE_HEADER',
        message: `Rollcall could not send the “${name}” header: it holds a character HTTP cannot carry.`,
        mayHaveReachedServer: false,
      })
    }
  }
  return undefined
}
