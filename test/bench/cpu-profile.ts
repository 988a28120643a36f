import { writeFile } from 'node:fs/promises'
import { Session } from 'node:inspector/promises'
import type { Page } from 'playwright-core'

/**
 * `BENCH_PROFILE=<phase>` (e.g. "initial sync"): CPU profiles of that phase, in the page and in this process
 * (main's services run here), written as .cpuprofile files (open them in Chrome's DevTools) and summed up
 * as the functions that took the most time themselves.
 */
interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
}
interface CpuProfile {
  nodes: ProfileNode[]
  startTime: number
  endTime: number
  samples?: number[]
  timeDeltas?: number[]
}

export function topSelfTime(profile: CpuProfile, count = 20): string[] {
  const total = profile.endTime - profile.startTime
  const byNode = new Map<number, number>()
  const deltas = profile.timeDeltas ?? []
  ;(profile.samples ?? []).forEach((id, i) => byNode.set(id, (byNode.get(id) ?? 0) + (deltas[i + 1] ?? 0)))
  const byFunction = new Map<string, number>()
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame
    const file = url.split('/').slice(-2).join('/')
    const key = `${functionName || '(anonymous)'} ${file}:${String(lineNumber + 1)}`
    byFunction.set(key, (byFunction.get(key) ?? 0) + (byNode.get(node.id) ?? 0))
  }
  return [...byFunction.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(
      ([key, us]) =>
        `${(us / 1000).toFixed(0).padStart(6)} ms ${((us / total) * 100).toFixed(1).padStart(5)}%  ${key}`,
    )
}

export async function profiled<T>(
  page: Page,
  name: string,
  outDir: string,
  work: () => Promise<T>,
): Promise<T> {
  const cdp = await page.context().newCDPSession(page)
  const node = new Session()
  node.connect()
  await Promise.all([cdp.send('Profiler.enable'), node.post('Profiler.enable')])
  await Promise.all([cdp.send('Profiler.start'), node.post('Profiler.start')])
  try {
    return await work()
  } finally {
    const [pageProfile, nodeProfile] = await Promise.all([
      cdp.send('Profiler.stop').then((r) => r.profile as unknown as CpuProfile),
      node.post('Profiler.stop').then((r) => r.profile as unknown as CpuProfile),
    ])
    await cdp.detach()
    node.disconnect()
    const slug = name.replace(/\W+/g, '-')
    for (const [where, profile] of [
      ['page', pageProfile],
      ['main', nodeProfile],
    ] as const) {
      await writeFile(`${outDir}/${slug}.${where}.cpuprofile`, JSON.stringify(profile))
      console.log(`  ${name}: the ${where}'s busiest functions (self time)`)
      for (const line of topSelfTime(profile)) console.log(`    ${line}`)
    }
  }
}
