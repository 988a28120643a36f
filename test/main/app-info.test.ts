import { describe, expect, it } from 'vitest'
import { appInfoSchema } from '@shared/ipc/app'
import { buildAppInfo } from '../../electron/main/app-info'

describe('app info', () => {
  it('reports only the runtime versions support needs, and fits the contract', () => {
    const info = buildAppInfo({
      name: 'Rollcall',
      version: '0.1.0',
      platform: 'win32',
      versions: {
        electron: '45.4.1',
        chrome: '142.0',
        node: '22.20.0',
        openssl: '3',
        v8: '14',
        uv: undefined,
      },
    })
    expect(info.versions).toEqual({ electron: '45.4.1', chrome: '142.0', node: '22.20.0' })
    expect(appInfoSchema.parse(info)).toEqual(info)
  })
})
