import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { archiveLogFile, createFileLog, LOG_FILE_NAME } from '../../../electron/main/logs/log'

let dir: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rollcall-log-'))
})
afterEach(() => {
  vi.restoreAllMocks()
  rmSync(dir, { recursive: true, force: true })
})

const read = (name = LOG_FILE_NAME) => readFileSync(join(dir, name), 'utf8')

describe('main’s log file', () => {
  it('writes info and up to <logs folder>/main.log, creating the folder', () => {
    const logsDir = join(dir, 'logs')
    const log = createFileLog({ directory: logsDir, console: false })
    expect(log.file).toBe(join(logsDir, LOG_FILE_NAME))
    log.info('Rollcall 0.1.0 starting')
    log.error('[ipc] bookings.query failed', new Error('boom'))
    log.debug('too chatty for the file')
    const text = readFileSync(log.file, 'utf8')
    expect(text).toMatch(/^\[\d{4}-\d{2}-\d{2} [\d:.]+\] \[info\] {2}Rollcall 0\.1\.0 starting$/m)
    expect(text).toContain('[error] [ipc] bookings.query failed')
    expect(text).toContain('Error: boom')
    expect(text).not.toContain('too chatty')
  })

  it('never writes an API key or a customer’s contact details, whatever is passed', () => {
    const log = createFileLog({ directory: dir, console: false })
    const apiKey = `IST.${'k'.repeat(60)}`
    log.error(
      '[ipc] site.connect failed',
      Object.assign(new Error(`401 for Authorization: ${apiKey}`), {
        request: { headers: { authorization: apiKey } },
        booking: {
          contactDetails: { firstName: 'Dana', email: 'dana@example.com', phone: '+1 555 123 4567' },
        },
      }),
    )
    log.warn(`walk-in for dana@example.com, +1 555 123 4567, key ${apiKey}`)
    log.info({ credentials: { apiKey, siteId: 's' } })
    const text = read()
    for (const secret of [apiKey, 'dana@example.com', '555 123 4567', 'Dana'])
      expect(text).not.toContain(secret)
    expect(text).toContain('[redacted]')
    expect(text).toContain('walk-in for [email], [phone], key [redacted]')
  })

  it('is readable by this user only', () => {
    if (process.platform === 'win32') return
    const log = createFileLog({ directory: dir, console: false })
    log.info('x')
    expect(statSync(log.file).mode & 0o077).toBe(0)
  })

  it('rotates past its size: main.log → main.1.log → main.2.log …, keeping a few archives', () => {
    const log = createFileLog({ directory: dir, console: false, maxBytes: 200, keptArchives: 2 })
    for (let i = 0; i < 40; i++) log.info(`line ${String(i).padStart(2, '0')} ${'.'.repeat(40)}`)
    expect(readdirSync(dir).sort()).toEqual(['main.1.log', 'main.2.log', 'main.log'])
    for (const name of readdirSync(dir)) expect(statSync(join(dir, name)).size).toBeLessThan(200 + 120)
    expect(read()).toContain('line 39')
    // The newest archive holds the lines just before the current file's.
    const current = Number(/line (\d+)/.exec(read())?.[1])
    const archived = [...read('main.1.log').matchAll(/line (\d+)/g)].map((m) => Number(m[1]))
    expect(Math.max(...archived)).toBe(current - 1)
    expect(read('main.2.log')).not.toContain('line 39')
  })

  it('prints to the console only when asked (development)', () => {
    const write = vi.spyOn(console, 'info').mockImplementation(() => {})
    const log = vi.spyOn(console, 'log').mockImplementation(() => {})
    createFileLog({ directory: dir, console: false }).info('quiet please')
    expect([...write.mock.calls, ...log.mock.calls].flat().join(' ')).not.toContain('quiet please')
    createFileLog({ directory: dir, console: true }).info('loud for dana@example.com')
    const printed = [...write.mock.calls, ...log.mock.calls].flat().join(' ')
    expect(printed).toContain('loud for [email]')
    expect(printed).not.toContain('dana@example.com')
  })
})

describe('archiveLogFile', () => {
  it('shifts the archives and drops the oldest', () => {
    const file = join(dir, 'main.log')
    writeFileSync(file, 'now')
    writeFileSync(join(dir, 'main.1.log'), 'older')
    writeFileSync(join(dir, 'main.2.log'), 'oldest')
    archiveLogFile(file, 2)
    expect(existsSync(file)).toBe(false)
    expect(read('main.1.log')).toBe('now')
    expect(read('main.2.log')).toBe('older')
    expect(readdirSync(dir).sort()).toEqual(['main.1.log', 'main.2.log'])
  })
})
