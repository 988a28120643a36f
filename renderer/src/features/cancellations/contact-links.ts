/**
 * The links that write to or call a customer: `mailto:` with the address alone (nothing in it can add a
 * subject, a body or another recipient), `tel:` with the digits and a leading `+` only.
 */
export function contactHref(kind: 'email' | 'phone', value: string): string {
  if (kind === 'email') return `mailto:${encodeURIComponent(value.trim()).replaceAll('%40', '@')}`
  const trimmed = value.trim()
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/\D/g, '')}`
}
