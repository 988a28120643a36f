import { join } from 'node:path'
import { build, type Rollup } from 'vite'

/**
 * Bundles the browser bridge in memory at start (about a second): it is never written under out/, so the
 * packaged app cannot contain it.
 */
export async function bundleBrowserBridge(projectRoot: string): Promise<string> {
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
        entry: join(projectRoot, 'electron/web-host/bridge/browser-bridge.ts'),
        formats: ['iife'],
        name: 'rollcallWebBridge',
        fileName: () => 'bridge.js',
      },
    },
  })
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[]
  const chunk = outputs.flatMap((o) => o.output).find((item) => item.type === 'chunk')
  if (!chunk) throw new Error('The web bridge did not bundle')
  return chunk.code
}
