// @ts-check
const { builtinModules } = require('node:module')
const js = require('@eslint/js')
const tseslint = require('typescript-eslint')
const reactHooks = require('eslint-plugin-react-hooks')
const prettier = require('eslint-config-prettier')
const globals = require('globals')

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)]

/** `no-restricted-imports` paths forbidding every Node built-in (bare and `node:`), with one message. */
const forbidNodeBuiltins = (message) => nodeBuiltins.map((name) => ({ name, message }))

/** The web host is a development and test tool: nothing in the app may import it (so no package holds it). */
const webHostStaysOutOfTheApp = {
  group: ['**/web-host', '**/web-host/**'],
  message: 'The web host is not part of the app; the app must not import it.',
}

const ipcMainOnlyInIpc = {
  name: 'electron',
  importNames: ['ipcMain'],
  message: 'Only electron/main/ipc/* may use ipcMain: add a channel to shared/ipc instead.',
}
/** electron-updater and electron-log each have one thin adapter in main; everything else uses its port. */
const UPDATER_ADAPTER = 'electron/main/updates/electron-updater.ts'
const LOG_ADAPTER = 'electron/main/logs/log.ts'
const updaterOnlyInItsAdapter = {
  name: 'electron-updater',
  message: `Only ${UPDATER_ADAPTER} may import electron-updater: use the UpdaterPort (updates/update-controller.ts).`,
}
const electronLogOnlyInItsAdapter = {
  group: ['electron-log', 'electron-log/*'],
  message: `Only ${LOG_ADAPTER} may import electron-log: log through its Log (redacted) instead.`,
}

const ipcRendererOnlyInPreload = {
  name: 'electron',
  importNames: ['ipcRenderer'],
  message: 'Only electron/preload/* may use ipcRenderer.',
}

module.exports = tseslint.config(
  { ignores: ['out/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: __dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: globals.node,
      sourceType: 'commonjs',
    },
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
    languageOptions: { globals: globals.browser },
  },
  // Boundaries (electron/main/README.md, "Boundaries"; tested by test/build/lint-boundaries.test.ts).
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...forbidNodeBuiltins('shared/ must run anywhere: no Node built-ins.'),
            { name: 'electron', message: 'shared/ may not import electron.' },
            { name: 'react', message: 'shared/ may not import react.' },
            { name: 'react-dom', message: 'shared/ may not import react-dom.' },
            { name: 'dexie', message: 'shared/ may not import dexie.' },
            updaterOnlyInItsAdapter,
          ],
          patterns: [
            {
              group: ['electron/*', 'react/*', 'react-dom/*', 'dexie/*', 'dexie-react-hooks'],
              message: 'Not in shared/.',
            },
            electronLogOnlyInItsAdapter,
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...forbidNodeBuiltins('The renderer has no Node: ask main over IPC.'),
            { name: 'electron', message: 'The renderer talks to main only through window.rollcall.' },
            updaterOnlyInItsAdapter,
          ],
          patterns: [electronLogOnlyInItsAdapter],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    ignores: ['electron/main/ipc/**', UPDATER_ADAPTER, LOG_ADAPTER],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [ipcMainOnlyInIpc, ipcRendererOnlyInPreload, updaterOnlyInItsAdapter],
          patterns: [webHostStaysOutOfTheApp, electronLogOnlyInItsAdapter],
        },
      ],
    },
  },
  {
    files: [UPDATER_ADAPTER],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [ipcMainOnlyInIpc, ipcRendererOnlyInPreload],
          patterns: [webHostStaysOutOfTheApp, electronLogOnlyInItsAdapter],
        },
      ],
    },
  },
  {
    files: [LOG_ADAPTER],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The log runs in plain Node too: no Electron here.' },
            updaterOnlyInItsAdapter,
          ],
          patterns: [webHostStaysOutOfTheApp],
        },
      ],
    },
  },
  {
    files: ['electron/main/ipc/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [ipcRendererOnlyInPreload, updaterOnlyInItsAdapter],
          patterns: [webHostStaysOutOfTheApp, electronLogOnlyInItsAdapter],
        },
      ],
    },
  },
  {
    // main's services, the web host and the demo site run in plain Node (the web host, tests, the CLI): no Electron.
    files: ['electron/main/services.ts', 'electron/web-host/**/*.ts', 'electron/demo-site/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'This runs in plain Node (the web host): no Electron here.' },
            updaterOnlyInItsAdapter,
          ],
          patterns: [webHostStaysOutOfTheApp, electronLogOnlyInItsAdapter],
        },
      ],
    },
  },
  {
    // Playwright fixtures must destructure their first argument, even when they use no other fixture.
    files: ['test/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [ipcMainOnlyInIpc, updaterOnlyInItsAdapter], patterns: [electronLogOnlyInItsAdapter] },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      // vi.fn() mocks and expect.any() are untyped by nature.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  prettier,
)
