import { afterEach, describe, expect, it, vi } from 'vitest'

const safeStorage = {
  isEncryptionAvailable: vi.fn(() => true),
  getSelectedStorageBackend: vi.fn(() => 'gnome_libsecret'),
  encryptString: vi.fn((plain: string) => Buffer.from(`enc:${plain}`)),
  decryptString: vi.fn((data: Buffer) => data.toString().replace(/^enc:/, '')),
}
vi.mock('electron', () => ({ safeStorage }))

const { safeStorageCipher } = await import('../../../electron/main/credentials/safe-storage-cipher')
const platform = Object.getOwnPropertyDescriptor(process, 'platform') as PropertyDescriptor

describe('the safeStorage cipher', () => {
  afterEach(() => Object.defineProperty(process, 'platform', platform))

  it('encrypts and decrypts through safeStorage', () => {
    expect(safeStorageCipher.decrypt(safeStorageCipher.encrypt('key'))).toBe('key')
    expect(safeStorage.encryptString).toHaveBeenCalledWith('key')
  })

  it('is unavailable without OS encryption', () => {
    safeStorage.isEncryptionAvailable.mockReturnValueOnce(false)
    expect(safeStorageCipher.isAvailable()).toBe(false)
  })

  it('treats Linux’s plain-text fallback as unavailable', () => {
    Object.defineProperty(process, 'platform', { value: 'linux' })
    expect(safeStorageCipher.isAvailable()).toBe(true)
    safeStorage.getSelectedStorageBackend.mockReturnValueOnce('basic_text')
    expect(safeStorageCipher.isAvailable()).toBe(false)
  })
})
