import type { AppInfo } from '@shared/ipc/app'
import type { DomainHandlers } from './handlers'

export function appHandlers(deps: { appInfo: () => AppInfo }): DomainHandlers<'app'> {
  return {
    info: () => deps.appInfo(),
  }
}
