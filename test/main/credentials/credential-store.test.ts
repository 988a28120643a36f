import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { WIX_API_ORIGIN } from '@shared/wix/api-origin'
import {
  createCredentialStore,
  CredentialsUnreadableError,
  EncryptionUnavailableError,
  type SecretCipher,
} from '../../../electron/main/credentials/credential-store'

/** A reversible stand-in for safeStorage that makes leaks visible: the key must never appear in clear. */
const cipher = (available = true): SecretCipher => ({
  isAvailable: () => available,
  encrypt: (plain) => Buffer.from([...Buffer.from(plain)].map((byte) => byte ^ 0x5a)),
  decrypt: (data) => Buffer.from([...data].map((byte) => byte ^ 0x5a)).toString(),
})

const credentials = {
  apiKey: 'IST.secret-api-key-0123456789abcdef',
  siteId: '1a2b3c4d-0000-4000-8000-00000000abcd',
  apiBaseUrl: WIX_API_ORIGIN,
  businessName: 'Harbor Yoga',
  timeZone: 'Europe/Lisbon',
}

async function tempFile() {
  return join(await mkdtemp(join(tmpdir(), 'rollcall-cred-')), 'nested', 'wix-connection.json')
}

describe('the credential store', () => {
  it('has nothing before a save, then round-trips, encrypting the key at rest', async () => {
    const file = await tempFile()
    const store = createCredentialStore({ file, cipher: cipher() })
    expect(await store.load()).toBeNull()
    await store.save(credentials)
    expect(await store.load()).toEqual(credentials)
    const onDisk = await readFile(file, 'utf8')
    expect(onDisk).not.toContain('secret-api-key')
    expect(onDisk).toContain('Harbor Yoga')
  })

  it('refuses to save when the computer has no secure storage', async () => {
    const store = createCredentialStore({ file: await tempFile(), cipher: cipher(false) })
    await expect(store.save(credentials)).rejects.toBeInstanceOf(EncryptionUnavailableError)
    expect(new EncryptionUnavailableError().toIpcError()).toMatchObject({ kind: 'storage', retryable: false })
  })

  it('reports a damaged file clearly and leaves it for support to look at', async () => {
    const file = await tempFile()
    const store = createCredentialStore({ file, cipher: cipher() })
    await store.save(credentials)
    await writeFile(file, '{"version":1,"siteId":')
    const error: unknown = await store.load().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CredentialsUnreadableError)
    // Shown in Settings (the site's problem), so it does not send the desk to Settings.
    expect((error as Error).message).toMatch(/could not be read .*Connect the site again/)
    expect((error as Error).message).not.toMatch(/Settings/)
    expect(await readFile(file, 'utf8')).toBe('{"version":1,"siteId":')
  })

  it('forgets on clear, and clearing twice is fine', async () => {
    const store = createCredentialStore({ file: await tempFile(), cipher: cipher() })
    await store.save(credentials)
    await store.clear()
    await store.clear()
    expect(await store.load()).toBeNull()
  })
})
