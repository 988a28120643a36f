import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

const alias = { '@shared': resolve(import.meta.dirname, 'shared') }

export default defineConfig({
  plugins: [react()],
  resolve: { alias },
  test: {
    // The JSON report is what .ci/run reads to print its closing "N passed, N failed" line.
    reporters: ['default', 'json'],
    // Desk tests drive the whole app against the demo site; on a loaded 2-core machine one can take several
    // seconds. A limit is a hang detector here, never a performance check (that is npm run bench).
    testTimeout: 15_000,
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'test/{shared,main,demo-site,preload,build,integration,web-host,bench,conformance,clocks}/**/*.test.ts',
          ],
          setupFiles: ['fake-indexeddb/auto'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['fake-indexeddb/auto', './test/renderer/setup.ts'],
        },
      },
    ],
  },
})
