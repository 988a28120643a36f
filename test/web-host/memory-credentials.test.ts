import { describe, expect, it } from 'vitest'
import { WIX_API_ORIGIN } from '@shared/wix/api-origin'
import type { StoredCredentials } from '../../electron/main/credentials/credential-store'
import { createMemoryCredentialStore } from '../../electron/web-host/memory-credentials'

const saved: StoredCredentials = {
  apiKey: `IST.${'k'.repeat(40)}`,
  siteId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  apiBaseUrl: WIX_API_ORIGIN,
  businessName: 'Juniper Street Studio',
  timeZone: 'America/Chicago',
}

describe('createMemoryCredentialStore', () => {
  it('starts empty', async () => {
    expect(await createMemoryCredentialStore().load()).toBeNull()
  })

  it('gives back what was saved, and nothing after clear()', async () => {
    const store = createMemoryCredentialStore()
    await store.save(saved)
    expect(await store.load()).toEqual(saved)
    await store.save({ ...saved, businessName: 'Another Studio' })
    expect(await store.load()).toMatchObject({ businessName: 'Another Studio' })
    await store.clear()
    expect(await store.load()).toBeNull()
  })

  it('keeps its own copy: changing what was saved or loaded changes nothing stored', async () => {
    const store = createMemoryCredentialStore()
    const given = { ...saved }
    await store.save(given)
    given.apiKey = 'changed by the caller'
    const loaded = await store.load()
    if (!loaded) throw new Error('nothing loaded')
    loaded.siteId = 'changed by a reader'
    expect(await store.load()).toEqual(saved)
  })

  it('is one store per web host: two know nothing of each other', async () => {
    const first = createMemoryCredentialStore()
    await first.save(saved)
    expect(await createMemoryCredentialStore().load()).toBeNull()
  })
})
