/**
 * The links that write to or call a customer, declared once: the renderer builds them (the person's card,
 * Recent cancellations) and main hands only links of exactly this shape to the operating system
 * (electron/main/navigation-policy.ts). `mailto:` carries the address alone (nothing in it can add a subject,
 * a body or another recipient), `tel:` the digits and a leading `+` only.
 */
export function contactHref(kind: 'email' | 'phone', value: string): string {
  if (kind === 'email') return `mailto:${encodeURIComponent(value.trim()).replaceAll('%40', '@')}`
  const trimmed = value.trim()
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/\D/g, '')}`
}

/** One address: a local part and a domain, percent-encoded as contactHref writes it — no `?`, `,` or `;`. */
const MAILTO = /^mailto:[A-Za-z0-9._~%!$'*+\-=^`{|}]+@[A-Za-z0-9.-]+$/
/** Digits, a leading `+` at most, and at least three digits (a short internal extension still dials). */
const TEL = /^tel:\+?\d{3,20}$/

/** True when `url` is a contact link as contactHref makes it, and nothing more. */
export function isContactHref(url: string): boolean {
  return MAILTO.test(url) || TEL.test(url)
}
