import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The demo site's guesses (where Wix leaves a behaviour open) are marked `// GUESS:` in the code and listed in
 * its README's "Where the demo site guesses" table; the two must name the same files.
 */
const DEMO = join(__dirname, '../../electron/demo-site')

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sources(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

function filesWithGuesses(): string[] {
  return sources(DEMO)
    .filter((path) => /^\s*\/\/ GUESS: \S/m.test(readFileSync(path, 'utf8')))
    .map((path) => relative(DEMO, path).replaceAll('\\', '/'))
    .sort()
}

function filesInReadme(): string[] {
  const readme = readFileSync(join(DEMO, 'README.md'), 'utf8')
  const section = readme.split(/^## /m).find((s) => s.startsWith('Where the demo site guesses'))
  if (!section) throw new Error('the demo README has no "Where the demo site guesses" section')
  const rows = section.split('\n').filter((line) => line.startsWith('|') && !/^\|\s*[-:]/.test(line))
  return rows
    .slice(1)
    .map((row) => /`([^`]+\.ts)`\s*\|\s*$/.exec(row)?.[1] ?? `unreadable row: ${row}`)
    .sort()
}

describe('the demo site’s guesses', () => {
  it('are marked // GUESS: in the code, in the files the README lists, and nowhere else', () => {
    const marked = filesWithGuesses()
    expect(marked.length).toBeGreaterThan(0)
    expect(filesInReadme()).toEqual(marked)
  })

  it('include the HTTP status of a business-rule refusal, which the SDK never gives', () => {
    expect(readFileSync(join(DEMO, 'http/wix-error.ts'), 'utf8')).toMatch(
      /\/\/ GUESS: .*\n\s*export const BUSINESS_RULE_STATUS = 428/,
    )
  })
})
