import { Dexie, type ObservabilitySet } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { RollcallDb } from '../../../renderer/src/db/schema'
import { storeServerAttendance, storeServerEvents } from '../../../renderer/src/sync/server-copies'
import { vinyasa } from '../search/index/small-store'

let db: RollcallDb
let counter = 0
const announced: ObservabilitySet[] = []
const record = (parts: ObservabilitySet) => void announced.push(parts)
// Only this test's store: Dexie also passes on, later, what another store (an earlier test's) announced.
const touched = () =>
  announced.filter((parts) => Object.keys(parts).some((key) => key.startsWith(`idb://${db.name}/`)))
const eventsTouched = () =>
  announced.filter((parts) => Object.keys(parts).some((key) => key.startsWith(`idb://${db.name}/events/`)))

afterEach(() => {
  Dexie.on.storagemutated.unsubscribe(record)
  db.close()
})

describe('storeServerEvents', () => {
  it('writes only the sessions that changed: the same day read again wakes no live screen', async () => {
    db = new RollcallDb(`server-copies-${String(++counter)}`)
    await db.open()
    const session = vinyasa()
    await storeServerEvents(db, [session.server], [session.day])
    Dexie.on('storagemutated', record)

    await storeServerEvents(db, [session.server], [session.day])
    expect(eventsTouched()).toEqual([])

    const moved = { ...session.server, title: 'Vinyasa Flow (room 2)' }
    await storeServerEvents(db, [moved], [session.day])
    expect(eventsTouched()).toHaveLength(1)
    expect((await db.events.get(session.id))?.server.title).toBe('Vinyasa Flow (room 2)')
  })

  it('still removes a session the server no longer lists for a day read whole', async () => {
    db = new RollcallDb(`server-copies-${String(++counter)}`)
    await db.open()
    const session = vinyasa()
    await storeServerEvents(db, [session.server], [session.day])
    await storeServerEvents(db, [], [session.day])
    expect(await db.events.count()).toBe(0)
  })
})

describe('storeServerAttendance', () => {
  it('announces nothing when a session read again has no attendance that changed', async () => {
    db = new RollcallDb(`server-copies-${String(++counter)}`)
    await db.open()
    const session = vinyasa()
    Dexie.on('storagemutated', record)
    await storeServerAttendance(db, [], [session.id])
    expect(touched()).toEqual([])
  })
})
