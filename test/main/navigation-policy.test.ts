import { describe, expect, it } from 'vitest'
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
})
