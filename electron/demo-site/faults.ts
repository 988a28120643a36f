import { z } from 'zod'

/**
 * Faults for the next N matching Wix API requests (the control surface is never faulted):
 * - `status`: answer at once with that status (5xx: empty body; others: a Wix-shaped body, or `body`);
 * - `hang`: never answer (the connection is closed when the site stops);
 * - `latency`: wait `ms`, then handle the request normally;
 * - `drop`: destroy the connection without answering, before doing anything;
 * - `commit-then-drop`: do the work (the change is saved), then destroy the connection instead of answering.
 * `pathIncludes` / `method` narrow which requests a fault applies to; the oldest matching fault wins.
 */
export const faultSpecSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('status'),
    status: z.number().int().min(400).max(599),
    body: z.unknown().optional(),
    count: z.number().int().positive().optional(),
    pathIncludes: z.string().optional(),
    method: z.string().optional(),
  }),
  z.object({
    kind: z.literal('latency'),
    ms: z.number().int().min(0).max(120_000),
    count: z.number().int().positive().optional(),
    pathIncludes: z.string().optional(),
    method: z.string().optional(),
  }),
  z.object({
    kind: z.enum(['hang', 'drop', 'commit-then-drop']),
    count: z.number().int().positive().optional(),
    pathIncludes: z.string().optional(),
    method: z.string().optional(),
  }),
])
export type FaultSpec = z.infer<typeof faultSpecSchema>

export type ActiveFault = FaultSpec & { id: number; remaining: number }

export class FaultInjector {
  private faults: ActiveFault[] = []
  private nextId = 1

  add(spec: FaultSpec): ActiveFault {
    const fault: ActiveFault = { ...spec, id: this.nextId++, remaining: spec.count ?? 1 }
    this.faults.push(fault)
    return { ...fault }
  }

  clear(): void {
    this.faults = []
  }

  list(): ActiveFault[] {
    return this.faults.map((f) => ({ ...f }))
  }

  /** The fault for this request, if any (consumes one of its N uses). */
  take(method: string, path: string): ActiveFault | undefined {
    const fault = this.faults.find(
      (f) =>
        (!f.pathIncludes || path.includes(f.pathIncludes)) &&
        (!f.method || f.method.toUpperCase() === method),
    )
    if (!fault) return undefined
    fault.remaining -= 1
    if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault)
    return { ...fault }
  }
}
