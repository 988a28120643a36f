import type { AppInfo } from '@shared/ipc/app'

export interface AppInfoSource {
  name: string
  version: string
  platform: string
  versions: Record<string, string | undefined>
}

/** Only the runtime versions a support person asks for; never paths, user names or keys. */
const reportedRuntimes = ['electron', 'chrome', 'node'] as const

export function buildAppInfo(source: AppInfoSource): AppInfo {
  const versions: Record<string, string> = {}
  for (const runtime of reportedRuntimes) {
    const version = source.versions[runtime]
    if (version) versions[runtime] = version
  }
  return {
    name: source.name,
    version: source.version,
    platform: source.platform,
    versions,
  }
}
