import { describe, expect, it } from 'vitest'
import { TokenIndex } from '../../../../renderer/src/search/index/token-index'

const sorted = (slots: number[]) => [...slots].sort((a, b) => a - b)

describe('TokenIndex', () => {
  it('finds the slots with a token starting with every word, each slot once', () => {
    const tokens = new TokenIndex()
    tokens.add(0, ['dana', 'lee', 'dana.lee@example.com', 'dana.lee'])
    tokens.add(1, ['danny', 'ortiz'])
    tokens.add(2, ['leena', 'dan'])
    tokens.add(3, ['sam', 'okafor'])
    expect(sorted(tokens.holdersOfAll(['dan']))).toEqual([0, 1, 2])
    expect(sorted(tokens.holdersOfAll(['dan', 'lee']))).toEqual([0, 2])
    expect(sorted(tokens.holdersOfAll(['lee', 'dana']))).toEqual([0])
    expect(sorted(tokens.holdersOfAll(['dana.']))).toEqual([0])
    expect(tokens.holdersOfAll(['dan', 'okafor'])).toEqual([])
    expect(tokens.holdersOfAll(['zz'])).toEqual([])
    expect(tokens.holdersOfAll([])).toEqual([])
    // The same word twice asks nothing more.
    expect(sorted(tokens.holdersOfAll(['o', 'o']))).toEqual([1, 3])
  })

  it('follows removals and additions, a token dropped and taken up again included', () => {
    const tokens = new TokenIndex()
    tokens.add(0, ['ann'])
    tokens.add(1, ['anna', 'berg'])
    expect(sorted(tokens.holdersOfAll(['ann']))).toEqual([0, 1])
    tokens.remove(0, ['ann'])
    tokens.settle()
    expect(tokens.holdersOfAll(['ann'])).toEqual([1])
    tokens.add(5, ['ann', 'zed'])
    tokens.remove(1, ['anna', 'berg'])
    tokens.add(1, ['anna', 'berg'])
    expect(sorted(tokens.holdersOfAll(['ann']))).toEqual([1, 5])
    expect(tokens.holdersOfAll(['b'])).toEqual([1])
    expect(tokens.size).toBe(4)
    // A slot far past the first ones (the marks grow).
    tokens.add(5000, ['annika'])
    expect(sorted(tokens.holdersOfAll(['anni']))).toEqual([5000])
  })
})
