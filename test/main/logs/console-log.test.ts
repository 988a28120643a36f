import { afterEach, describe, expect, it, vi } from 'vitest'
import { consoleLog } from '../../../electron/main/logs/console-log'

afterEach(() => vi.restoreAllMocks())

describe('the console log (the web host)', () => {
  it('is redacted too', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    consoleLog.error('[ipc] x failed', { apiKey: 'k', note: 'for dana@example.com' })
    expect(error).toHaveBeenCalledWith('[ipc] x failed', { apiKey: '[redacted]', note: 'for [email]' })
  })
})
