import { describe, expect, it } from 'vitest'
import { contactHref } from '../../shared/domain/contact-links'
import { externalUrlToOpen, isAppUrl } from '../../electron/main/navigation-policy'

describe('navigation policy', () => {
  it('knows the app origin, and only it', () => {
    expect(isAppUrl('app://rollcall/index.html', 'app://rollcall')).toBe(true)
    expect(isAppUrl('app://rollcall.evil/index.html', 'app://rollcall')).toBe(false)
    expect(isAppUrl('app://other/index.html', 'app://rollcall')).toBe(false)
    expect(isAppUrl('https://rollcall/index.html', 'app://rollcall')).toBe(false)
    expect(isAppUrl('not a url', 'app://rollcall')).toBe(false)
  })

  it('opens only plain http(s) links externally', () => {
    expect(externalUrlToOpen('https://www.wix.com/dashboard')).toBe('https://www.wix.com/dashboard')
    expect(externalUrlToOpen('http://example.com')).toBe('http://example.com/')
    expect(externalUrlToOpen('https://user:pass@example.com/')).toBeNull()
    expect(externalUrlToOpen('file:///C:/Windows/system32/calc.exe')).toBeNull()
    expect(externalUrlToOpen('javascript:alert(1)')).toBeNull()
    expect(externalUrlToOpen('ms-msdt:/id PCWDiagnostic')).toBeNull()
    expect(externalUrlToOpen('')).toBeNull()
  })

  it("hands the desk's contact links to the system's mail and phone programs, and nothing shaped otherwise", () => {
    const email = contactHref('email', 'dana.lee@example.com')
    const phone = contactHref('phone', '+1 (555) 010-2030')
    expect(externalUrlToOpen(email)).toBe('mailto:dana.lee@example.com')
    expect(externalUrlToOpen(phone)).toBe('tel:+15550102030')
    // What contactHref makes of an "address" with a query and a second @ is not one address: not opened.
    expect(externalUrlToOpen(contactHref('email', 'x@example.com?cc=all@example.com'))).toBeNull()
    expect(externalUrlToOpen('mailto:x@example.com?cc=all@example.com&body=hi')).toBeNull()
    expect(externalUrlToOpen('mailto:a@example.com,b@example.com')).toBeNull()
    expect(externalUrlToOpen('mailto:')).toBeNull()
    expect(externalUrlToOpen('tel:555-0100;ext=2')).toBeNull()
    expect(externalUrlToOpen('tel:')).toBeNull()
    expect(externalUrlToOpen('sms:+15550102030')).toBeNull()
  })
})
