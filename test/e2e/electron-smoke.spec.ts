import { _electron as electron } from '@playwright/test'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { expect, syncStatus, test } from './support/fixtures'
import { projectRoot } from './support/processes'

/**
 * The real app in the real Electron: the window opens on the built-in demo site and one check-in works. It
 * needs the Electron binary, which cannot be downloaded on the machines these tests were written on; it runs
 * wherever the binary is installed (`npx install-electron --no`, as GitHub Actions does under xvfb) and
 * otherwise says why it did not run. It looks for the binary without `require('electron')`, which would try
 * to download it.
 */
function whyElectronCannotRun(): string | null {
  const packageDir = dirname(require.resolve('electron/package.json', { paths: [projectRoot] }))
  const pathFile = join(packageDir, 'path.txt')
  if (!existsSync(pathFile))
    return 'the Electron binary is not installed (node_modules/electron/path.txt is missing; run "npx install-electron --no" where downloads are allowed)'
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  if (!existsSync(binary)) return `the Electron binary is missing at ${binary}`
  if (process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY'])
    return 'there is no display (run it under xvfb-run)'
  if (!existsSync(join(projectRoot, 'out/main/index.js'))) return 'the app is not built (npm run build)'
  return null
}

test('the real Electron app opens on the demo site and checks someone in', async () => {
  const reason = whyElectronCannotRun()
  if (reason) console.log(`Electron smoke test did not run: ${reason}.`)
  test.skip(reason !== null, `Electron smoke test did not run: ${String(reason)}`)

  const userData = mkdtempSync(join(tmpdir(), 'rollcall-electron-'))
  const app = await electron.launch({
    args: ['.', `--user-data-dir=${userData}`],
    cwd: projectRoot,
    env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
  })
  try {
    const window = await app.firstWindow()
    await expect(window.getByText('Demo site', { exact: true })).toBeVisible({ timeout: 60_000 })
    await expect(syncStatus(window)).toContainText('All changes synced', { timeout: 60_000 })

    // Any session of the demo day with someone still to check in.
    const sessions = window.getByRole('list', { name: 'Sessions' }).getByRole('link')
    const count = await sessions.count()
    let checkIn = null
    for (let i = 0; i < count && !checkIn; i++) {
      await sessions.nth(i).click()
      const booked = window.getByRole('list', { name: 'Booked' })
      await expect(booked.or(window.getByText('Nobody is booked into this session.'))).toBeVisible()
      const button = booked.getByRole('button', { name: /^Check in / }).first()
      if (await button.count()) checkIn = button
      else await window.goBack()
    }
    if (!checkIn) throw new Error('no session of the demo day has anyone to check in')
    const name = ((await checkIn.getAttribute('aria-label')) ?? (await checkIn.innerText())).replace(
      /^Check in /,
      '',
    )
    await checkIn.click()
    await expect(window.getByRole('button', { name: `Undo check-in for ${name}`, exact: true })).toBeVisible()
    await expect(syncStatus(window)).toContainText('All changes synced', { timeout: 30_000 })
  } finally {
    await app.close()
    rmSync(userData, { recursive: true, force: true })
  }
})
