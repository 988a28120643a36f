/**
 * What never reaches a log: API keys and other secrets (Authorization values, tokens, passwords) and
 * customers' contact details (e-mail addresses, phone numbers, names and addresses in contact fields).
 * `redact` runs on every argument of every log call (see ./log.ts) before anything is formatted or written.
 * Pure, so it is tested on its own.
 */

export const REDACTED = '[redacted]'
export const REDACTED_EMAIL = '[email]'
export const REDACTED_PHONE = '[phone]'

/**
 * Fields whose value is masked whole, whatever it holds — compared lower-case, without `-` and `_`
 * (`api_key`, `apiKey` and `X-API-Key` are all caught).
 */
const SECRET_FIELDS = new Set([
  // Secrets
  'apikey',
  'xapikey',
  'authorization',
  'proxyauthorization',
  'cookie',
  'setcookie',
  'password',
  'passwd',
  'secret',
  'clientsecret',
  'token',
  'accesstoken',
  'refreshtoken',
  'idtoken',
  'credentials',
  // Customers' contact details (Wix's contactDetails, Rollcall's contact fields)
  'contactdetails',
  'contact',
  'email',
  'emails',
  'emailaddress',
  'phone',
  'phones',
  'phonenumber',
  'firstname',
  'lastname',
  'fullname',
  'address',
  'fulladdress',
])

export function isSecretField(key: string): boolean {
  return SECRET_FIELDS.has(key.toLowerCase().replace(/[-_]/g, ''))
}

/** `apiKey: x`, `"authorization":"Bearer x"`, `token=x`, `Authorization: IST.x`: the name stays, the value goes. */
const NAMED_SECRET =
  /\b(x-api-key|api[-_]?key|authorization|proxy-authorization|(?:access|refresh|id|auth)[-_]?token|token|client[-_]?secret|secret|password|passwd)(\\?["']?\s*[:=]\s*\\?["']?)(?:(?:Bearer|Basic|Token)\s+)?[^\s"'`,;&)}\]\\]+/gi

/** A bare `Bearer x` / `Basic x` anywhere. */
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/g

/** JSON Web Tokens, and Wix API keys (`IST.` followed by one). */
const TOKEN = /\b(?:IST\.)?eyJ[A-Za-z0-9_-]{4,}(?:\.[A-Za-z0-9_-]*){1,2}|\bIST\.[A-Za-z0-9._-]{16,}/g

/**
 * One pass over the text, left to right: things that look like numbers but are not phones (dates and ISO
 * times, UUIDs, IPv4 addresses) are matched first and kept as they are; then e-mail addresses; then phone
 * numbers — digits in groups with spaces, dots, dashes or brackets, 7 to 15 digits in all, or `+` and 7 to
 * 15 digits. A bare run of digits without `+` is kept: it is far more often a timestamp or a count.
 */
const CONTACTS = new RegExp(
  [
    // 1: kept
    String.raw`(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?` +
      String.raw`|(?<![\d.])\d{1,2}[./]\d{1,2}[./]\d{2,4}(?![.\d])` +
      String.raw`|\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b` +
      String.raw`|(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![.\d]))`,
    // 2: e-mail (also URL-encoded)
    String.raw`([A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})`,
    // 3: phone
    String.raw`((?<![\w+.-])(?:\+\d{7,15}(?!\d)|(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){1,5}(?![\w-])))`,
  ].join('|'),
  'gi',
)

function digitCount(text: string): number {
  return text.replace(/\D/g, '').length
}

/** Masks secrets, e-mail addresses and phone numbers in free text (messages, stacks, URLs). */
export function redactText(text: string): string {
  return text
    .replace(NAMED_SECRET, (_match, name: string, separator: string) => `${name}${separator}${REDACTED}`)
    .replace(BEARER, (_match, scheme: string) => `${scheme} ${REDACTED}`)
    .replace(TOKEN, REDACTED)
    .replace(CONTACTS, (match, kept?: string, email?: string, phone?: string) => {
      if (kept) return match
      if (email) return REDACTED_EMAIL
      if (phone) {
        const digits = digitCount(phone)
        return digits >= 7 && digits <= 15 ? REDACTED_PHONE : match
      }
      return match
    })
}

const MAX_DEPTH = 8

function redactError(error: Error, seen: WeakMap<object, unknown>, depth: number): Error {
  const copy = new Error(redactText(error.message))
  seen.set(error, copy)
  copy.name = error.name
  copy.stack = error.stack === undefined ? undefined : redactText(error.stack)
  for (const key of Object.keys(error)) {
    const value = (error as unknown as Record<string, unknown>)[key]
    ;(copy as unknown as Record<string, unknown>)[key] = isSecretField(key)
      ? REDACTED
      : redactValue(value, seen, depth + 1)
  }
  if (error.cause !== undefined) copy.cause = redactValue(error.cause, seen, depth + 1)
  return copy
}

function isHeaders(value: object): value is Headers {
  return typeof Headers !== 'undefined' && value instanceof Headers
}

function redactValue(value: unknown, seen: WeakMap<object, unknown>, depth: number): unknown {
  if (typeof value === 'string') return redactText(value)
  if (typeof value !== 'object' || value === null) return value
  if (seen.has(value)) return '[Circular]'
  if (depth > MAX_DEPTH) return '[…]'
  if (value instanceof Date) return value
  if (value instanceof Error) return redactError(value, seen, depth)
  if (Array.isArray(value)) {
    const copy: unknown[] = []
    seen.set(value, copy)
    for (const item of value) copy.push(redactValue(item, seen, depth + 1))
    return copy
  }
  if (isHeaders(value)) return redactValue(Object.fromEntries(value.entries()), seen, depth)
  if (value instanceof Map) {
    const copy = new Map<unknown, unknown>()
    seen.set(value, copy)
    for (const [key, item] of value)
      copy.set(
        key,
        typeof key === 'string' && isSecretField(key) ? REDACTED : redactValue(item, seen, depth + 1),
      )
    return copy
  }
  if (ArrayBuffer.isView(value)) return `[${value.constructor.name}, ${String(value.byteLength)} bytes]`
  // Anything else (plain objects, class instances): its own enumerable fields, as the log would show them.
  const copy: Record<string, unknown> = {}
  seen.set(value, copy)
  for (const [key, item] of Object.entries(value)) {
    copy[key] = isSecretField(key) ? REDACTED : redactValue(item, seen, depth + 1)
  }
  return copy
}

/**
 * A copy of `value` safe to log: strings have their secrets, e-mail addresses and phone numbers masked;
 * objects, arrays, maps and errors (message, stack, own fields and cause) are copied with secret and contact
 * fields masked whole and everything else redacted in turn. The original is never changed.
 */
export function redact(value: unknown): unknown {
  return redactValue(value, new WeakMap(), 0)
}
