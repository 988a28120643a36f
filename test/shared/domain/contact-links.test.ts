import { describe, expect, it } from 'vitest'
import { contactHref, isContactHref } from '../../../shared/domain/contact-links'

describe('contact links', () => {
  it('writes to the address alone and calls the digits', () => {
    expect(contactHref('email', ' dana.lee@example.com ')).toBe('mailto:dana.lee@example.com')
    expect(contactHref('email', 'x@example.com?cc=all@example.com')).toBe(
      'mailto:x@example.com%3Fcc%3Dall@example.com',
    )
    expect(contactHref('phone', '+1 (555) 010-2030')).toBe('tel:+15550102030')
    expect(contactHref('phone', '555 0100')).toBe('tel:5550100')
  })

  it('knows its own links and nothing shaped otherwise', () => {
    for (const [kind, value] of [
      ['email', 'dana.lee@example.com'],
      ['email', "o'brien+desk@studio.example.co.uk"],
      ['phone', '+1 (555) 010-2030'],
      ['phone', '020 7946 0018'],
    ] as const)
      expect(isContactHref(contactHref(kind, value)), value).toBe(true)
    for (const url of [
      contactHref('email', 'x@example.com?cc=all@example.com'),
      'mailto:a@example.com?subject=hi',
      'mailto:a@example.com,b@example.com',
      'mailto:a@example.com;b@example.com',
      'mailto:no-domain',
      'tel:+1 555',
      'tel:+',
      'tel:12',
      'callto:+15550100',
      'https://example.com',
    ])
      expect(isContactHref(url), url).toBe(false)
  })
})
