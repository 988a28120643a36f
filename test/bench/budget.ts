import { defaultRateLimit } from '../../electron/main/wix/client'

/** Wix's budget as Rollcall keeps it (main's rate limiter, electron/main/wix/client.ts: 180 a minute, bursts of 20). */
export const WIX_BUDGET: { perMinute: number; burst: number } = { ...defaultRateLimit }

/**
 * The least time `requests` calls take under the budget, whatever the pipeline does: the first `burst` go at
 * once (a full bucket after a quiet spell), every one after waits for a token, one per 60,000 / perMinute ms.
 * Counts only the waiting for tokens, not the calls' own time (their raw floor is measured apart).
 */
export function budgetFloorMs(
  requests: number,
  budget: { perMinute: number; burst: number } = WIX_BUDGET,
): number {
  return (Math.max(0, requests - budget.burst) / budget.perMinute) * 60_000
}
