import { spawn } from 'node:child_process'
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'

/** Everything the built renderer is made from. */
const RENDERER_SOURCES = ['renderer', 'shared', 'electron.vite.config.ts', 'package-lock.json']

async function newestChange(path: string): Promise<number> {
  let info
  try {
    info = await stat(path)
  } catch {
    return 0
  }
  if (!info.isDirectory()) return info.mtimeMs
  const entries = await readdir(path)
  const times = await Promise.all(entries.map((entry) => newestChange(join(path, entry))))
  return Math.max(info.mtimeMs, ...times)
}

/** True when out/renderer is missing or older than any of its sources. */
export async function rendererBuildIsStale(projectRoot: string): Promise<boolean> {
  let built: number
  try {
    built = (await stat(join(projectRoot, 'out/renderer/index.html'))).mtimeMs
  } catch {
    return true
  }
  const sources = await Promise.all(RENDERER_SOURCES.map((path) => newestChange(join(projectRoot, path))))
  return Math.max(...sources) > built
}

/** Runs `electron-vite build` (the same build as `npm run build`), output shown as it goes. */
export function buildApp(projectRoot: string): Promise<void> {
  const cli = join(projectRoot, 'node_modules/electron-vite/bin/electron-vite.js')
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'build'], { cwd: projectRoot, stdio: 'inherit' })
    child.once('error', reject)
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`electron-vite build failed (exit code ${String(code)})`)),
    )
  })
}
