import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import type { IpcError } from '@shared/ipc/envelope'
import type { ReportableError } from '../ipc/failure'

export interface StoredCredentials {
  apiKey: string
  siteId: string
  apiBaseUrl: string
  /** The business profile as last read from the site, so Rollcall can start offline. */
  businessName: string
  timeZone: string
}

/** Encrypts secrets at rest: Electron's safeStorage in the app (OS keychain / DPAPI / libsecret). */
export interface SecretCipher {
  isAvailable(): boolean
  encrypt(plain: string): Buffer
  decrypt(encrypted: Buffer): string
}

export interface CredentialStore {
  /** null when nothing is saved. Throws CredentialsUnreadableError for a file it cannot use (left as is). */
  load(): Promise<StoredCredentials | null>
  save(credentials: StoredCredentials): Promise<void>
  clear(): Promise<void>
}

export class CredentialsUnreadableError extends Error {
  override name = 'CredentialsUnreadableError'
}

export class EncryptionUnavailableError extends Error implements ReportableError {
  override name = 'EncryptionUnavailableError'
  constructor() {
    super(
      'This computer offers no secure storage for the API key (no keychain or keyring), so Rollcall will not save it.',
    )
  }

  toIpcError(): IpcError {
    return {
      kind: 'storage',
      code: 'ENCRYPTION_UNAVAILABLE',
      message: this.message,
      retryable: false,
      mayHaveReachedServer: false,
    }
  }
}

const fileSchema = z.object({
  version: z.literal(1),
  siteId: z.string().min(1),
  apiBaseUrl: z.string().min(1),
  businessName: z.string().min(1),
  timeZone: z.string().min(1),
  /** base64 of the encrypted API key; the key itself never touches the disk. */
  apiKey: z.string().min(1),
})

/** One small JSON file in the user data folder; written atomically (temp file + rename). */
export function createCredentialStore({
  file,
  cipher,
}: {
  file: string
  cipher: SecretCipher
}): CredentialStore {
  return {
    async load() {
      let text: string
      try {
        text = await readFile(file, 'utf8')
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw new CredentialsUnreadableError(
          `The saved Wix connection could not be read (${(error as Error).message}).`,
        )
      }
      try {
        const saved = fileSchema.parse(JSON.parse(text))
        if (!cipher.isAvailable()) throw new EncryptionUnavailableError()
        const { version: _version, apiKey, ...rest } = saved
        return { ...rest, apiKey: cipher.decrypt(Buffer.from(apiKey, 'base64')) }
      } catch (error) {
        throw new CredentialsUnreadableError(
          `The saved Wix connection could not be read (${error instanceof Error ? error.message : String(error)}). Connect the site again with its API key and site ID.`,
        )
      }
    },

    async save({ apiKey, ...rest }) {
      if (!cipher.isAvailable()) throw new EncryptionUnavailableError()
      const content = JSON.stringify({
        version: 1,
        ...rest,
        apiKey: cipher.encrypt(apiKey).toString('base64'),
      })
      await mkdir(dirname(file), { recursive: true })
      const temporary = `${file}.${process.pid}.tmp`
      await writeFile(temporary, content, { mode: 0o600 })
      await rename(temporary, file)
    },

    async clear() {
      await rm(file, { force: true })
    },
  }
}
