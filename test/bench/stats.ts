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
