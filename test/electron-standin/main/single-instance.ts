import { mkdirSync, readlinkSync, rmSync, symlinkSync } from 'node:fs'
import { createConnection, createServer, type Server } from 'node:net'
import { hostname } from 'node:os'
import { join } from 'node:path'

/**
 * app.requestSingleInstanceLock as Chromium's ProcessSingleton does it on Linux (electronDocs.requestSingleInstanceLock):
 * a `SingletonLock` symlink to `<host>-<pid>` in the user data folder (taken atomically, stale when that
 * process is gone) and a `SingletonSocket` the first instance listens on; a second instance sends it its
 * command line, working directory and additional data, and is refused.
 */
export interface SingleInstanceMessage {
  argv: string[]
  cwd: string
  additionalData: unknown
}

export interface SingleInstanceLock {
  /** True when this process holds the lock (now or already); false when another live instance does. */
  request(additionalData: unknown): boolean
  held(): boolean
  release(): void
  /** Resolves once the message to the first instance is delivered (or failed): quitting waits for it. */
  delivered(): Promise<void>
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export function singleInstanceLock(
  userData: () => string,
  onSecondInstance: (message: SingleInstanceMessage) => void,
): SingleInstanceLock {
  let server: Server | null = null
  let holding = false
  let delivery: Promise<void> = Promise.resolve()
  const me = `${hostname()}-${String(process.pid)}`

  const paths = () => ({
    lock: join(userData(), 'SingletonLock'),
    socket: join(userData(), 'SingletonSocket'),
  })

  function listen(socket: string) {
    rmSync(socket, { force: true })
    server = createServer((connection) => {
      let text = ''
      connection.setEncoding('utf8')
      connection.on('data', (chunk: string) => (text += chunk))
      connection.on('end', () => {
        connection.end()
        try {
          onSecondInstance(JSON.parse(text) as SingleInstanceMessage)
        } catch {
          // Not a message from an instance: ignored, as ProcessSingleton ignores garbage.
        }
      })
    })
    server.listen(socket)
    // The lock must not keep a quitting process alive.
    server.unref()
  }

  function notify(socket: string, message: SingleInstanceMessage) {
    delivery = new Promise<void>((done) => {
      const connection = createConnection(socket, () => connection.end(JSON.stringify(message)))
      const timer = setTimeout(() => connection.destroy(), 5_000)
      connection.on('close', () => {
        clearTimeout(timer)
        done()
      })
      connection.on('error', () => done())
    })
  }

  const releaseOnExit = () => {
    if (holding) rmSync(paths().lock, { force: true })
  }

  return {
    request(additionalData) {
      if (holding) return true
      const { lock, socket } = paths()
      mkdirSync(userData(), { recursive: true })
      for (let attempt = 0; attempt < 3; attempt++) {
        try {
          symlinkSync(me, lock)
          holding = true
          listen(socket)
          process.once('exit', releaseOnExit)
          return true
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
        }
        let owner: string
        try {
          owner = readlinkSync(lock)
        } catch {
          continue // gone in between: try again
        }
        const separator = owner.lastIndexOf('-')
        const host = owner.slice(0, separator)
        const pid = Number(owner.slice(separator + 1))
        if (host === hostname() && Number.isInteger(pid) && pid !== process.pid && alive(pid)) {
          notify(socket, { argv: process.argv, cwd: process.cwd(), additionalData })
          return false
        }
        rmSync(lock, { force: true }) // stale: its process is gone
      }
      return false
    },
    held: () => holding,
    release() {
      if (!holding) return
      holding = false
      server?.close()
      server = null
      const { lock, socket } = paths()
      rmSync(lock, { force: true })
      rmSync(socket, { force: true })
      process.off('exit', releaseOnExit)
    },
    delivered: () => delivery,
  }
}
