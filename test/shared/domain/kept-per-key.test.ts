import { describe, expect, it, vi } from 'vitest'
import { keptPerKey } from '@shared/domain/kept-per-key'

describe('keptPerKey', () => {
  it('makes a value once per key and answers the same one after', () => {
    const make = vi.fn((zone: string) => ({ zone }))
    const formatFor = keptPerKey(make)
    const chicago = formatFor('America/Chicago')
    expect(formatFor('America/Chicago')).toBe(chicago)
    expect(formatFor('Asia/Tokyo')).toEqual({ zone: 'Asia/Tokyo' })
    expect(make).toHaveBeenCalledTimes(2)
  })

  it('keeps nothing for a key whose making failed: the next call tries again', () => {
    const formatFor = keptPerKey((zone: string) => new Intl.DateTimeFormat('en-US', { timeZone: zone }))
    expect(() => formatFor('Mars/Olympus_Mons')).toThrow(RangeError)
    expect(() => formatFor('Mars/Olympus_Mons')).toThrow(RangeError)
    expect(formatFor('UTC').resolvedOptions().timeZone).toBe('UTC')
  })
})
