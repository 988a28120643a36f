import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { resolveRendererAsset } from '../../electron/main/renderer-assets'

const root = join('/opt', 'Rollcall', 'out', 'renderer')

describe('renderer assets on the app origin', () => {
  it('serves files under the renderer folder', () => {
    expect(resolveRendererAsset(root, 'app://rollcall/index.html')).toBe(join(root, 'index.html'))
    expect(resolveRendererAsset(root, 'app://rollcall/assets/index-1a2b.js')).toBe(
      join(root, 'assets', 'index-1a2b.js'),
    )
    expect(resolveRendererAsset(root, 'app://rollcall/')).toBe(join(root, 'index.html'))
    expect(resolveRendererAsset(root, 'app://rollcall/index.html?v=2#x')).toBe(join(root, 'index.html'))
  })

  it('never leaves the renderer folder', () => {
    for (const url of [
      'app://rollcall/../main/index.js',
      'app://rollcall/%2e%2e/main/index.js',
      'app://rollcall/assets/%2e%2e%2f%2e%2e%2fmain%2findex.js',
      'app://rollcall/%2e%2e%5cmain%5cindex.js',
      'app://rollcall/index.html%00.png',
    ]) {
      const file = resolveRendererAsset(root, url)
      if (file !== null) expect(file.startsWith(root)).toBe(true)
    }
    // The URL parser already folds a literal `%2e%2e` segment, so this stays inside the folder…
    expect(resolveRendererAsset(root, 'app://rollcall/%2e%2e/main/index.js')).toBe(
      join(root, 'main', 'index.js'),
    )
    // …while encoded slashes only become `..` after decoding, and are refused.
    expect(resolveRendererAsset(root, 'app://rollcall/assets/%2e%2e%2f%2e%2e%2fmain%2findex.js')).toBeNull()
    expect(resolveRendererAsset(root, 'app://rollcall/%2e%2e%5cmain%5cindex.js')).toBeNull()
    expect(resolveRendererAsset(root, 'app://rollcall/index.html%00.png')).toBeNull()
    expect(resolveRendererAsset(root, 'app://rollcall/%E0%A4%A')).toBeNull()
  })
})
