import { describe, expect, it } from 'vitest'
import { RollcallDb } from '../../../renderer/src/db/schema'
import { forgetOldDemoStores, staleDemoStores, storeNameFor } from '../../../renderer/src/db/store-names'

describe('one store per site', () => {
  it('names a store after the site’s store key', () => {
    expect(storeNameFor('wix-1a2b')).toBe('rollcall-wix-1a2b')
  })

  it('counts only earlier demo stores as stale: never a Wix site’s, never the current one', () => {
    expect(
      staleDemoStores(
        ['rollcall-demo-aaa', 'rollcall-demo-bbb', 'rollcall-wix-123', 'rollcall', 'other-demo-x'],
        'demo-bbb',
      ),
    ).toEqual(['rollcall-demo-aaa'])
  })

  it('deletes earlier demo stores and keeps the current demo store and every Wix site’s', async () => {
    const names = ['rollcall-demo-old1', 'rollcall-demo-now', 'rollcall-wix-site1']
    for (const name of names) {
      const db = new RollcallDb(name)
      await db.open()
      await db.syncState.put({ key: 'marker', value: name })
      db.close()
    }
    expect(await forgetOldDemoStores('demo-now')).toEqual(['rollcall-demo-old1'])
    const left = (await indexedDB.databases()).map((d) => d.name)
    expect(left).toContain('rollcall-demo-now')
    expect(left).toContain('rollcall-wix-site1')
    expect(left).not.toContain('rollcall-demo-old1')
  })
})
