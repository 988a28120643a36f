/**
 * `make(key)`, made once per key and kept: for what is slow to make and quick to use, such as an Intl
 * formatter (making one per call was most of the time it took to say a number or a day on Today's rows).
 */
export function keptPerKey<K, V>(make: (key: K) => V): (key: K) => V {
  const kept = new Map<K, V>()
  return (key) => {
    let value = kept.get(key)
    if (value === undefined) {
      value = make(key)
      kept.set(key, value)
    }
    return value
  }
}
