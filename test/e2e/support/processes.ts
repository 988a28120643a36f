import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'

export const projectRoot = resolve(__dirname, '../../..')
const tsxCli = resolve(projectRoot, 'node_modules/tsx/dist/cli.mjs')

export interface RunningProcess {
  /** Every line printed so far (stdout and stderr), for failure messages. */
  output(): string
  /** Resolves with the first printed line matching `pattern` (already printed or still to come). */
  line(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>
  stop(): Promise<void>
}

const running = new Set<ChildProcess>()
// A worker that dies mid-test still takes its servers with it (they also stop when their stdin pipe closes).
process.once('exit', () => running.forEach((child) => child.kill('SIGKILL')))

/** Runs a TypeScript entry point of the repository with tsx, stdin a pipe (so it ends with this process). */
export function startTsx(entry: string, args: readonly string[]): RunningProcess {
  const child = spawn(process.execPath, [tsxCli, entry, ...args], {
    cwd: projectRoot,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0' },
  })
  running.add(child)
  const lines: string[] = []
  const waiters = new Set<() => void>()
  let exited: string | null = null
  const take = (chunk: Buffer) => {
    lines.push(
      ...chunk
        .toString('utf8')
        .split('\n')
        .filter((l) => l.trim() !== ''),
    )
    waiters.forEach((wake) => wake())
  }
  child.stdout?.on('data', take)
  child.stderr?.on('data', take)
  const ended = new Promise<void>((done) =>
    child.once('exit', (code, signal) => {
      running.delete(child)
      exited = `exited (code ${String(code)}, signal ${String(signal)})`
      waiters.forEach((wake) => wake())
      done()
    }),
  )
  const output = () => lines.join('\n')

  return {
    output,
    line(pattern, timeoutMs = 60_000) {
      return new Promise((found, failed) => {
        const timer = setTimeout(() => {
          waiters.delete(check)
          failed(
            new Error(
              `${entry}: no line matching ${String(pattern)} after ${String(timeoutMs)} ms:\n${output()}`,
            ),
          )
        }, timeoutMs)
        const check = () => {
          for (const line of lines) {
            const match = pattern.exec(line)
            if (match) {
              clearTimeout(timer)
              waiters.delete(check)
              found(match)
              return
            }
          }
          if (exited) {
            clearTimeout(timer)
            waiters.delete(check)
            failed(new Error(`${entry} ${exited} before printing ${String(pattern)}:\n${output()}`))
          }
        }
        waiters.add(check)
        check()
      })
    },
    async stop() {
      if (exited) return
      child.kill('SIGTERM')
      const killer = setTimeout(() => child.kill('SIGKILL'), 5_000)
      await ended
      clearTimeout(killer)
    },
  }
}
