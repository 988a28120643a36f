import { describe, expect, it } from 'vitest'
import { siteCredentialsSchema, siteStatusSchema } from '@shared/ipc/site'
import { WIX_API_ORIGIN } from '@shared/wix/api-origin'

const KEY = 'IST.eyJraWQiOiJQb3pIX2FDMiIsImFsZyI6IlJTMjU2In0'
const SITE = '1a2b3c4d-0000-4000-8000-00000000abcd'

describe('site credentials as the renderer may send them', () => {
  it('accepts https anywhere and plain http only on this computer', () => {
    for (const apiBaseUrl of ['https://www.wixapis.com', 'http://127.0.0.1:4010', 'http://localhost:9'])
      expect(
        siteCredentialsSchema.safeParse({ apiKey: KEY, siteId: SITE, apiBaseUrl }).success,
        apiBaseUrl,
      ).toBe(true)
    const remote = siteCredentialsSchema.safeParse({
      apiKey: KEY,
      siteId: SITE,
      apiBaseUrl: 'http://example.com',
    })
    expect(remote.error?.issues.map((i) => i.message)).toEqual([
      'Use an https:// address (or http:// on this computer)',
    ])
  })

  it('answers an address that is not a URL at all with an issue, never a thrown TypeError', () => {
    const result = siteCredentialsSchema.safeParse({ apiKey: KEY, siteId: SITE, apiBaseUrl: 'h' })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['apiBaseUrl'])
  })

  it('explains a short key and a malformed site id in words', () => {
    const result = siteCredentialsSchema.safeParse({ apiKey: 'short', siteId: 'my-site' })
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'That API key is too short; copy the whole key from the API Keys Manager',
      'A site ID looks like 1a2b3c4d-…; copy it from the dashboard URL or API Keys Manager',
    ])
  })
})

describe('a key and a site ID as they are pasted', () => {
  it('drops what came along with them: zero-width characters, a BOM, bidi marks, spaces and line breaks', () => {
    const pasted = siteCredentialsSchema.safeParse({
      apiKey: `\uFEFF ${KEY.slice(0, 20)}\u200B${KEY.slice(20, 30)}\n${KEY.slice(30)}\u00A0\r\n`,
      siteId: `\u200E${SITE}\u2060\u200F\t`,
    })
    expect(pasted.data).toEqual({ apiKey: KEY, siteId: SITE })
    const marks = siteCredentialsSchema.safeParse({
      apiKey: `\u202A${KEY}\u202C\u200D`,
      siteId: `${SITE}\u200C`,
    })
    expect(marks.data).toEqual({ apiKey: KEY, siteId: SITE })
  })

  it('refuses a character that cannot be part of a key, naming it, before anything else about the key', () => {
    const refusal = (apiKey: string) =>
      siteCredentialsSchema.safeParse({ apiKey, siteId: SITE }).error?.issues.map((i) => i.message)[0]
    expect(refusal(`${KEY}😀`)).toBe(
      'The API key contains a character that cannot be part of a key (the emoji “😀”, U+1F600): paste it again from Wix',
    )
    expect(refusal(`IST.é`)).toBe(
      'The API key contains a character that cannot be part of a key (the letter “é”, U+00E9): paste it again from Wix',
    )
    expect(refusal(`“${KEY}”`)).toBe(
      'The API key contains a character that cannot be part of a key (the character “, U+201C): paste it again from Wix',
    )
    expect(refusal(`${KEY}\u0007`)).toBe(
      'The API key contains a character that cannot be part of a key (an invisible character, U+0007): paste it again from Wix',
    )
  })

  it('refuses a site ID with such a character in the same words', () => {
    const result = siteCredentialsSchema.safeParse({ apiKey: KEY, siteId: `${SITE.slice(0, -1)}ë` })
    expect(result.error?.issues.map((i) => i.message)[0]).toBe(
      'The site ID contains a character that cannot be part of a site ID (the letter “ë”, U+00EB): copy it again from your site’s dashboard address',
    )
  })
})

describe('the site status main sends', () => {
  it('names the local store with a plain key (it becomes a database name)', () => {
    const status = {
      mode: 'wix',
      siteId: SITE,
      businessName: 'Harbor Yoga',
      timeZone: 'Europe/Lisbon',
      apiBaseUrl: WIX_API_ORIGIN,
      problem: null,
      keyId: 'AbC-12_xyz',
    }
    expect(siteStatusSchema.safeParse({ ...status, storeKey: `wix-${SITE}` }).success).toBe(true)
    expect(siteStatusSchema.safeParse({ ...status, storeKey: '../other' }).success).toBe(false)
    expect(siteStatusSchema.safeParse(status).success).toBe(false)
  })
})
