/** Who holds a token: one slot, several, or — an entry left in place until the next merge — no one. */
type Holders = number | number[]
const NO_ONE = -1

/** Tokens not in the sorted list yet, each with its holders and the one string all of them share. */
interface PendingToken {
  token: string
  holders: Holders
}

function withSlot(holders: Holders, slot: number): Holders {
  if (holders === NO_ONE) return slot
  if (typeof holders === 'number') return [holders, slot]
  holders.push(slot)
  return holders
}

function withoutSlot(holders: Holders, slot: number): Holders {
  if (typeof holders === 'number') return holders === slot ? NO_ONE : holders
  const at = holders.indexOf(slot)
  if (at >= 0) {
    holders[at] = holders[holders.length - 1] as number
    holders.pop()
  }
  return holders.length === 1 ? (holders[0] as number) : holders.length ? holders : NO_ONE
}

/**
 * The search tokens of the bookings held in memory, for prefix search: all tokens in one sorted array, so
 * that the tokens starting with a word are one run found by binary search — what the store's multi-entry
 * `searchTokens` index gives `startsWith`, without a round trip — and beside it who holds each (slots:
 * small integers standing for bookings, see AttendeeIndex). Most tokens (e-mails, phone numbers) have one
 * holder, kept as a bare number. New tokens wait in a map until `settle` puts them in place.
 */
export class TokenIndex {
  private sorted: string[] = []
  private holders: Holders[] = []
  private readonly pending = new Map<string, PendingToken>()
  /** Entries of `sorted` no one holds any more (harmless to a search; dropped at the next merge). */
  private dead = 0
  /** Per slot, the last stamp it was marked with while matching: intersects the words without a Set. */
  private marks = new Uint32Array(1024)
  private stamp = 0

  /**
   * Adds `slot` as a holder of `tokens`. Returns the tokens to keep for `remove`: the same words, as the
   * strings already held for other bookings ("maria" is kept once, not once per Maria).
   */
  add(slot: number, tokens: readonly string[]): string[] {
    if (slot >= this.marks.length) {
      const grown = new Uint32Array(Math.max(slot + 1, this.marks.length * 2))
      grown.set(this.marks)
      this.marks = grown
    }
    return tokens.map((token) => {
      const at = this.indexOf(token)
      if (at >= 0) {
        const holders = this.holders[at] as Holders
        if (holders === NO_ONE) this.dead--
        this.holders[at] = withSlot(holders, slot)
        return this.sorted[at] as string
      }
      const pending = this.pending.get(token)
      if (!pending) {
        this.pending.set(token, { token, holders: slot })
        return token
      }
      pending.holders = withSlot(pending.holders, slot)
      return pending.token
    })
  }

  remove(slot: number, tokens: readonly string[]): void {
    for (const token of tokens) {
      const at = this.indexOf(token)
      if (at >= 0) {
        const holders = withoutSlot(this.holders[at] as Holders, slot)
        if (holders === NO_ONE && this.holders[at] !== NO_ONE) this.dead++
        this.holders[at] = holders
        continue
      }
      const pending = this.pending.get(token)
      if (!pending) continue
      pending.holders = withoutSlot(pending.holders, slot)
      if (pending.holders === NO_ONE) this.pending.delete(token)
    }
  }

  /**
   * Puts the new tokens in place: a few are inserted where they belong, many merged in one pass (which
   * also drops the entries no one holds). Done after each batch of changes, so that a keystroke seldom has
   * to; `holdersOfAll` does it too when needed.
   */
  settle(): void {
    if (this.pending.size > 64 || this.dead > this.sorted.length / 4 + 64) this.merge()
    else this.insertPending()
  }

  /**
   * Merges the new tokens only when many wait: between the pages of a big read, so that the merging is
   * spread over them rather than one long task at the end.
   */
  settleIfMany(): void {
    if (this.pending.size > 4096) this.merge()
  }

  /** How many different tokens are held. */
  get size(): number {
    return this.sorted.length - this.dead + this.pending.size
  }

  /** The slots holding, for every word, some token that starts with it; each slot once, in no set order. */
  holdersOfAll(words: readonly string[]): number[] {
    if (this.pending.size) this.settle()
    if (!words.length) return []
    if (this.stamp > 0xffff_ff00) {
      this.marks.fill(0)
      this.stamp = 0
    }
    const { marks, holders } = this
    const found: number[] = []
    let previous = 0
    for (let w = 0; w < words.length; w++) {
      const word = words[w] as string
      const stamp = ++this.stamp
      const last = w === words.length - 1
      let any = false
      // The first word takes each slot once; the next ones, the slots that matched every word before.
      const take = (slot: number) => {
        if (w === 0 ? marks[slot] === stamp : marks[slot] !== previous) return
        marks[slot] = stamp
        any = true
        if (last) found.push(slot)
      }
      // The tokens starting with `word`: from `word` itself up to (not including) `word` + the last code unit.
      const end = this.firstAtOrAfter(`${word}\uffff`)
      for (let t = this.firstAtOrAfter(word); t < end; t++) {
        const held = holders[t] as Holders
        if (typeof held === 'number') {
          if (held !== NO_ONE) take(held)
        } else for (let k = 0; k < held.length; k++) take(held[k] as number)
      }
      if (!any) return []
      previous = stamp
    }
    return found
  }

  private indexOf(token: string): number {
    const at = this.firstAtOrAfter(token)
    return this.sorted[at] === token ? at : -1
  }

  private insertPending(): void {
    for (const { token, holders } of this.pending.values()) {
      const at = this.firstAtOrAfter(token)
      this.sorted.splice(at, 0, token)
      this.holders.splice(at, 0, holders)
    }
    this.pending.clear()
  }

  private merge(): void {
    // The default sort compares UTF-16 code units, as IndexedDB orders strings.
    const added = [...this.pending.keys()].sort()
    const { sorted, holders, pending } = this
    const mergedTokens: string[] = []
    const mergedHolders: Holders[] = []
    let i = 0
    let j = 0
    while (i < sorted.length || j < added.length) {
      if (j >= added.length || (i < sorted.length && (sorted[i] as string) < (added[j] as string))) {
        const held = holders[i] as Holders
        if (held !== NO_ONE) {
          mergedTokens.push(sorted[i] as string)
          mergedHolders.push(held)
        }
        i++
      } else {
        const entry = pending.get(added[j++] as string) as PendingToken
        mergedTokens.push(entry.token)
        mergedHolders.push(entry.holders)
      }
    }
    this.sorted = mergedTokens
    this.holders = mergedHolders
    this.pending.clear()
    this.dead = 0
  }

  private firstAtOrAfter(word: string): number {
    const { sorted } = this
    let low = 0
    let high = sorted.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((sorted[middle] as string) < word) low = middle + 1
      else high = middle
    }
    return low
  }
}
