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
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'test/{shared,main,preload,build,integration,web-host,bench,conformance,clocks}/**/*.test.ts',
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
