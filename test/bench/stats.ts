/** Percentiles by nearest rank (no interpolation): p95 of 200 samples is the 190th smallest. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) throw new Error('no samples')
  if (!(p > 0 && p <= 100)) throw new Error(`percentile ${String(p)} is not in (0, 100]`)
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.ceil((p / 100) * sorted.length) - 1]!
}

export interface Distribution {
  count: number
  p50: number
  p95: number
  max: number
}

export function distribution(values: readonly number[]): Distribution {
  return {
    count: values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    max: Math.max(...values),
  }
}

/** The middle value (the mean of the two middle ones for an even count): "the median of 3 runs". */
export function median(values: readonly number[]): number {
  if (!values.length) throw new Error('no samples')
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * The run at the middle when sorted by `value` (for an even count, the lower of the two middle ones), so a
 * figure's floor and ratio are read from the same run as the figure.
 */
export function medianRun<T>(runs: readonly T[], value: (run: T) => number): T {
  if (!runs.length) throw new Error('no runs')
  return [...runs].sort((a, b) => value(a) - value(b))[(runs.length - 1) >> 1]!
}
