import { cpus, freemem, loadavg, release, totalmem, type as osType } from 'node:os'

export interface MachineDescription {
  os: string
  cpu: string
  cores: number
  memoryGiB: number
  freeMemoryGiB: number
  loadAverage: number[]
  node: string
  chromium: string
}

/** What the figures were measured on, printed above the table and kept in the JSON. */
export function describeMachine(chromiumVersion: string): MachineDescription {
  const processors = cpus()
  const gib = (bytes: number) => Math.round((bytes / 2 ** 30) * 10) / 10
  return {
    os: `${osType()} ${release()} (${process.arch})`,
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGiB: gib(totalmem()),
    freeMemoryGiB: gib(freemem()),
    loadAverage: loadavg().map((n) => Math.round(n * 100) / 100),
    node: process.version,
    chromium: chromiumVersion,
  }
}
