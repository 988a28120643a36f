import { join } from 'node:path'
import { build, type Rollup } from 'vite'

/**
 * Bundles one browser script in memory (an IIFE, `@shared` resolved as in the app); nothing is written.
 * The web host's bridge uses it, and so does the benchmark for its in-page helper.
 */
export async function bundleBrowserScript(projectRoot: string, entry: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: projectRoot,
    publicDir: false,
    resolve: { alias: { '@shared': join(projectRoot, 'shared') } },
    build: {
      write: false,
      minify: false,
      target: 'chrome120',
      lib: {
        entry: join(projectRoot, entry),
        formats: ['iife'],
        name: 'rollcallBrowserScript',
        fileName: () => 'script.js',
      },
    },
  })
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[]
  const chunk = outputs.flatMap((o) => o.output).find((item) => item.type === 'chunk')
  if (!chunk) throw new Error(`${entry} did not bundle`)
  return chunk.code
}

/**
 * Bundles the browser bridge in memory at start (about a second): it is never written under out/, so the
 * packaged app cannot contain it.
 */
export function bundleBrowserBridge(projectRoot: string): Promise<string> {
  return bundleBrowserScript(projectRoot, 'electron/web-host/bridge/browser-bridge.ts')
}
