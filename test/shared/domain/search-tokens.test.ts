import { describe, expect, it } from 'vitest'
import { foldForSearch, queryWords, searchTokens } from '@shared/domain/search-tokens'

describe('search tokens', () => {
  it('indexes name parts, e-mail and phone digits', () => {
    expect(
      searchTokens({
        firstName: 'Dana',
        lastName: 'Lee-Park',
        email: 'Dana.Lee@Example.com',
        phone: '+1 (555) 123-4567',
      }),
    ).toEqual(['dana', 'lee', 'park', 'dana.lee@example.com', 'dana.lee', '15551234567', '5551234567'])
  })

  it('folds accents and skips what is missing or too short to mean anything', () => {
    expect(searchTokens({ firstName: 'Zoë', lastName: 'Ñúñez', email: null, phone: '12' })).toEqual([
      'zoe',
      'nunez',
    ])
    expect(searchTokens({})).toEqual([])
    expect(foldForSearch('Ångström')).toBe('angstrom')
  })

  it('does not repeat a token', () => {
    expect(searchTokens({ firstName: 'Lee', lastName: 'Lee' })).toEqual(['lee'])
  })

  it('reads a query as words, or as a phone number when it is only digits', () => {
    expect(queryWords('  Dana  LEE ')).toEqual(['dana', 'lee'])
    expect(queryWords('Zoë')).toEqual(['zoe'])
    // Names are split as the index splits them; e-mails stay whole.
    expect(queryWords('Haag-Marks')).toEqual(['haag', 'marks'])
    expect(queryWords("O'Brien, St.")).toEqual(['o', 'brien', 'st'])
    expect(queryWords('jane.doe@ex')).toEqual(['jane.doe@ex'])
    expect(queryWords('(555) 123')).toEqual(['555123'])
    expect(queryWords('   ')).toEqual([])
  })
})
