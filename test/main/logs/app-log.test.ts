import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'

const userData = mkdtempSync(join(tmpdir(), 'rollcall-user-data-'))
const app = { getPath: vi.fn((_name: string) => userData), isPackaged: true }
const shell = { openPath: vi.fn((_path: string) => Promise.resolve('')) }
vi.mock('electron', () => ({ app, shell }))

const { logsFolderAt, openAppLog } = await import('../../../electron/main/logs/app-log')

afterAll(() => rmSync(userData, { recursive: true, force: true }))
beforeEach(() => vi.clearAllMocks())

describe('the app’s log (Electron adapter)', () => {
  it('writes to logs/main.log in the user data folder', () => {
    const log = openAppLog()
    expect(app.getPath).toHaveBeenCalledWith('userData')
    expect(log.directory).toBe(join(userData, 'logs'))
    log.info('started for dana@example.com')
    expect(readFileSync(join(userData, 'logs', 'main.log'), 'utf8')).toContain('started for [email]')
  })

  it('opens the logs folder with the system’s file manager, creating it first', async () => {
    const folder = logsFolderAt(join(userData, 'not-yet'))
    expect(await folder.open()).toBe('')
    expect(existsSync(join(userData, 'not-yet'))).toBe(true)
    expect(shell.openPath).toHaveBeenCalledWith(join(userData, 'not-yet'))
  })

  it('passes on why the folder could not be opened', async () => {
    shell.openPath.mockResolvedValueOnce('No application is associated with the folder')
    expect(await logsFolderAt(userData).open()).toBe('No application is associated with the folder')
  })
})
