import { readdirSync, readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { resolve, sep } from 'node:path'
import { configDefaults, defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

const alias = { '@shared': resolve(import.meta.dirname, 'shared') }

const NODE_TEST_DIRS = [
  'shared',
  'main',
  'demo-site',
  'preload',
  'build',
  'integration',
  'web-host',
  'bench',
  'conformance',
  'clocks',
  'electron-standin',
]
const NODE_TESTS = [`test/{${NODE_TEST_DIRS.join(',')}}/**/*.test.ts`]
/** The node tests that replace modules (`vi.mock`, electron above all): each runs on its own module graph. */
const mockingModules = NODE_TEST_DIRS.flatMap((dir) =>
  readdirSync(resolve(import.meta.dirname, 'test', dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => `test/${dir}/${file.split(sep).join('/')}`)
    .filter((file) => /\bvi\.(do)?[mM]ock\(/.test(readFileSync(resolve(import.meta.dirname, file), 'utf8'))),
)

export default defineConfig({
  plugins: [react()],
  resolve: { alias },
  test: {
    // The JSON report is what .ci/run reads to print its closing "N passed, N failed" line.
    reporters: ['default', 'json'],
    // Desk tests drive the whole app against the demo site; on a loaded 2-core machine one can take several
    // seconds. A limit is a hang detector here, never a performance check (that is npm run bench).
    testTimeout: 15_000,
    // A worker per core: vitest keeps one core for itself by default (one worker on a 2-core machine), but the
    // main process mostly waits while the workers run the files.
    maxWorkers: availableParallelism(),
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: NODE_TESTS,
          exclude: [...configDefaults.exclude, ...mockingModules],
          setupFiles: ['fake-indexeddb/auto'],
          // One module graph per worker rather than one per file (most of these files run in milliseconds
          // and took a second or two to load); the files that mock modules get their own (below).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'node-mocks',
          environment: 'node',
          include: mockingModules.length ? mockingModules : ['no-such-file'],
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
          // The files of a worker share one module graph and one jsdom instead of each loading React, the app
          // and jsdom anew (two thirds of the project's time): setup.ts leaves the app's stores, the page and
          // the bridge as the app starts after every test, and every test makes its own store and demo site.
          isolate: false,
        },
      },
    ],
  },
})
