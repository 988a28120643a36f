import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// `npm test` runs `npm run build` first (the pretest script); these tests read what it produced.
const out = resolve(import.meta.dirname, '../../out')

function built(path: string): string {
  const file = resolve(out, path)
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build" (npm test does it for you)`)
  return readFileSync(file, 'utf8')
}

function cspOf(html: string): Map<string, string[]> {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)
  if (!match?.[1]) throw new Error('No Content-Security-Policy meta tag in index.html')
  return new Map(
    match[1]
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...sources]) => [name, sources]),
  )
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}

describe('the built app', () => {
  it('contains nothing of the web host (its bridge and HTTP paths exist only in `npm run start:web`)', () => {
    const files = filesUnder(out)
    expect(files.length).toBeGreaterThan(3)
    const offenders = files.filter((file) => /__rollcall|web-host|WEB_HOST/.test(readFileSync(file, 'utf8')))
    expect(offenders).toEqual([])
  })

  it('has main, preload and renderer where electron-builder expects them', () => {
    for (const path of ['main/index.js', 'preload/index.js', 'renderer/index.html']) {
      expect(existsSync(resolve(out, path)), path).toBe(true)
    }
  })

  it('ships a strict Content-Security-Policy in index.html', () => {
    const csp = cspOf(built('renderer/index.html'))
    expect(csp.get('default-src')).toEqual(["'none'"])
    expect(csp.get('script-src')).toEqual(["'self'"])
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('base-uri')).toEqual(["'none'"])
    expect(csp.get('connect-src')).toEqual(["'self'"])
    for (const [directive, sources] of csp) {
      for (const source of sources) {
        expect(source, `${directive} ${source}`).not.toMatch(/unsafe-inline|unsafe-eval|\*|^https?:|^ws/)
      }
    }
  })

  it('allows, by hash, exactly the one inline style React Aria injects (touch-action for buttons)', () => {
    const source = readFileSync(
      resolve(import.meta.dirname, '../../node_modules/react-aria/dist/private/interactions/usePress.mjs'),
      'utf8',
    )
    const attribute = /PRESSABLE_ATTRIBUTE = '([^']+)'/.exec(source)?.[1]
    const template = /style\.textContent = `([\s\S]*?)`\.trim\(\)/.exec(source)?.[1]
    expect(attribute, 'react-aria changed how it injects its pressable style').toBeDefined()
    expect(template).toBeDefined()
    const css = (template ?? '').replace(/\$\{[^}]+\}/, attribute ?? '').trim()
    const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`
    expect(cspOf(built('renderer/index.html')).get('style-src')).toEqual(["'self'", hash])
  })

  it('has no inline script for the CSP to block', () => {
    const html = built('renderer/index.html')
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    expect(scripts.length).toBeGreaterThan(0)
    for (const [, attributes = '', body = ''] of scripts) {
      expect(attributes).toMatch(/\bsrc="/)
      expect(body.trim()).toBe('')
    }
  })

  it('has a self-contained preload that a sandbox can load: CommonJS, requiring only electron', () => {
    const preload = built('preload/index.js')
    const requires = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])
    expect(new Set(requires)).toEqual(new Set(['electron']))
    expect(preload).not.toMatch(/^\s*(import|export)\s/m)
    expect(preload).toContain('exposeInMainWorld')
  })
})
