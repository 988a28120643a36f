#!/usr/bin/env node
'use strict'
/**
 * `npm start` (its prestart): electron-vite opens the app in Electron, and stops with a bare
 * "Error: Electron uninstall" when the Electron binary is not there (the `electron` package downloads it on
 * first use, and an offline install, a cache-less CI image or `ELECTRON_SKIP_BINARY_DOWNLOAD` leaves it out).
 * This looks first, the way electron-vite does (ELECTRON_EXEC_PATH, else node_modules/electron's path.txt and
 * dist/), without downloading anything, and says what to do. Exits 1 when the binary is missing.
 */
const fs = require('node:fs')
const path = require('node:path')

/** The Electron binary electron-vite would run, or null when there is none. */
function electronBinary(root) {
  const override = process.env.ELECTRON_EXEC_PATH
  if (override) return fs.existsSync(override) ? override : null
  let moduleDir
  try {
    moduleDir = path.dirname(require.resolve('electron/package.json', { paths: [root] }))
  } catch {
    return null
  }
  const pathFile = path.join(moduleDir, 'path.txt')
  if (!fs.existsSync(pathFile)) return null
  const binary = path.join(moduleDir, 'dist', fs.readFileSync(pathFile, 'utf8'))
  return fs.existsSync(binary) ? binary : null
}

if (!electronBinary(process.cwd())) {
  process.stderr.write(
    [
      'Rollcall cannot open in Electron: Electron is not installed (no Electron binary under node_modules/electron).',
      'Either:',
      '  npx install-electron     downloads the Electron binary (needs the internet), then npm start again; or',
      '  npm run start:web        runs Rollcall in a browser instead, on the same demo site, without Electron.',
      '',
    ].join('\n'),
  )
  process.exit(1)
}
