import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// The boundary rules of eslint.config.js. Each case lints a snippet as if it were a file in that folder and
// expects the boundary rule to fire. Only that rule runs, and without type information (no TypeScript
// program to build), so the whole file takes a second or two; `npm run lint` runs everything.
const root = resolve(import.meta.dirname, '../..')
const eslint = new ESLint({
  cwd: root,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
})

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  // The config matches by path: a file that moved away would match nothing here and pass on nothing.
  if (!existsSync(resolve(root, filePath)))
    throw new Error(`${filePath} does not exist: point this case at the file's new place`)
  const [result] = await eslint.lintText(code, { filePath })
  const fatal = (result?.messages ?? []).filter((m) => m.fatal)
  if (fatal.length) throw new Error(`${filePath}: ${fatal.map((m) => m.message).join('; ')}`)
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

// The first case loads ESLint's config and parser: seconds on a loaded two-core machine (a hang detector only).
describe('module boundaries', { timeout: 30_000 }, () => {
  it('fails loudly on a file that does not exist (a moved file would otherwise pass on nothing)', async () => {
    await expect(restrictedImports('shared/ipc/no-such-file.ts', "import 'node:fs'\n")).rejects.toThrow(
      'shared/ipc/no-such-file.ts does not exist',
    )
  })

  it.each([
    ["import { readFileSync } from 'node:fs'", 'node:fs'],
    ["import { join } from 'path'", 'path'],
    ["import { app } from 'electron'", 'electron'],
    ["import { useState } from 'react'", 'react'],
    ["import { Dexie } from 'dexie'", 'dexie'],
  ])('shared/ may not %s', async (statement) => {
    const messages = await restrictedImports('shared/ipc/channels.ts', `${statement}\nexport const x = 1\n`)
    expect(messages).toHaveLength(1)
  })

  it('only electron/main/ipc may use ipcMain', async () => {
    const code = "import { ipcMain } from 'electron'\nexport const x = ipcMain\n"
    expect(await restrictedImports('electron/main/window.ts', code)).toHaveLength(1)
    expect(await restrictedImports('electron/preload/api.ts', code)).toHaveLength(1)
    expect(await restrictedImports('electron/main/ipc/register.ts', code)).toHaveLength(0)
  })

  it('only electron/preload may use ipcRenderer, and the renderer may not import electron at all', async () => {
    const code = "import { ipcRenderer } from 'electron'\nexport const x = ipcRenderer\n"
    expect(await restrictedImports('electron/main/window.ts', code)).toHaveLength(1)
    expect(await restrictedImports('electron/main/ipc/register.ts', code)).toHaveLength(1)
    expect(await restrictedImports('renderer/src/frame/App.tsx', code)).toHaveLength(1)
    expect(await restrictedImports('electron/preload/index.ts', code)).toHaveLength(0)
  })

  it('only the updater adapter may import electron-updater, and only the log may import electron-log', async () => {
    const updater = "import { autoUpdater } from 'electron-updater'\nexport const x = autoUpdater\n"
    expect(await restrictedImports('electron/main/startup.ts', updater)).toHaveLength(1)
    expect(await restrictedImports('electron/main/services.ts', updater)).toHaveLength(1)
    expect(await restrictedImports('electron/main/ipc/app.ts', updater)).toHaveLength(1)
    expect(await restrictedImports('renderer/src/frame/App.tsx', updater)).toHaveLength(1)
    expect(await restrictedImports('electron/main/updates/electron-updater.ts', updater)).toHaveLength(0)
    const log = "import log from 'electron-log/main'\nexport const x = log\n"
    expect(await restrictedImports('electron/main/startup.ts', log)).toHaveLength(1)
    expect(await restrictedImports('electron/main/updates/update-controller.ts', log)).toHaveLength(1)
    expect(await restrictedImports('electron/main/updates/electron-updater.ts', log)).toHaveLength(1)
    expect(await restrictedImports('shared/ipc/app.ts', log)).toHaveLength(1)
    expect(await restrictedImports('electron/main/logs/log.ts', log)).toHaveLength(0)
    const electron = "import { app } from 'electron'\nexport const x = app\n"
    expect(await restrictedImports('electron/main/logs/log.ts', electron)).toHaveLength(1)
  })

  it('the app may not import the web host, and the web host and main services may not import electron', async () => {
    const webHost =
      "import { startWebHost } from '../web-host/start-web-host'\nexport const x = startWebHost\n"
    expect(await restrictedImports('electron/main/startup.ts', webHost)).toHaveLength(1)
    expect(await restrictedImports('electron/main/ipc/register.ts', webHost)).toHaveLength(1)
    const electron = "import { net } from 'electron'\nexport const x = net\n"
    expect(await restrictedImports('electron/main/services.ts', electron)).toHaveLength(1)
    expect(await restrictedImports('electron/web-host/server.ts', electron)).toHaveLength(1)
    expect(await restrictedImports('electron/demo-site/server.ts', electron)).toHaveLength(1)
    expect(await restrictedImports('electron/main/startup.ts', electron)).toHaveLength(0)
  })
})
