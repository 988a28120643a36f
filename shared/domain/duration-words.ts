/** "12 hours", "1 day", "90 minutes": a policy's duration as the desk says it. */
export function durationWords(minutes: number): string {
  if (minutes % 1440 === 0) return plural(minutes / 1440, 'day')
  if (minutes % 60 === 0) return plural(minutes / 60, 'hour')
  return plural(minutes, 'minute')
}

/** "1 participant", "2 participants". */
export const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`
