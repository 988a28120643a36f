import type { CredentialStore, StoredCredentials } from '../main/credentials/credential-store'

/**
 * The web host keeps a connected site in memory only: it is a development and test tool, and an API key
 * typed into a browser tab should not outlive the process (the app encrypts it with the OS keychain).
 */
export function createMemoryCredentialStore(): CredentialStore {
  let saved: StoredCredentials | null = null
  return {
    load: () => Promise.resolve(saved && { ...saved }),
    save(credentials) {
      saved = { ...credentials }
      return Promise.resolve()
    },
    clear() {
      saved = null
      return Promise.resolve()
    },
  }
}
