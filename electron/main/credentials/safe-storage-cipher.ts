import { safeStorage } from 'electron'
import type { SecretCipher } from './credential-store'

/**
 * The OS-backed cipher. On Linux without a keyring Electron falls back to a fixed password
 * ('basic_text'), which is no protection at all: treat that as unavailable.
 */
export const safeStorageCipher: SecretCipher = {
  isAvailable: () =>
    safeStorage.isEncryptionAvailable() &&
    (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
  encrypt: (plain) => safeStorage.encryptString(plain),
  decrypt: (encrypted) => safeStorage.decryptString(encrypted),
}
