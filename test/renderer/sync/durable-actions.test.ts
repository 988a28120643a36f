import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { TIME_ZONE } from '../db/fixtures'
import type { RollcallDb } from '../../../renderer/src/db/schema'
import type { IpcError } from '@shared/ipc/envelope'
import { deskActions, type ActionContext } from '../../../renderer/src/sync/actions'
import type { BookingsGateway } from '../../../renderer/src/sync/gateway'
import { keyLacks } from '../../../renderer/src/sync/key-permissions'
import { fullPull } from '../../../renderer/src/sync/pull'
import { replayOutbox } from '../../../renderer/src/sync/replay'
import { DEFAULT_WINDOW } from '../../../renderer/src/sync/sync-window'
import { danaOn, fakeWix, MONDAY_8AM, monday9, newDb, replayContext } from './fake-wix'

/**
 * Every staff action is saved for good before the desk is told so (renderer/src/sync/README.md, "Recording a
 * change"): its transaction asks IndexedDB for durability 'strict', which Chrome's default ('relaxed') is
 * not. A pull's transactions keep the default: what a power cut loses of them, Wix still has. fake-indexeddb
 * ignores durability, so this reads what each transaction asks for, as IDBDatabase.transaction receives it.
 * Clock pinned: Monday 23 November 2026, 8:00 AM (Chicago).
 */

interface Opened {
  stores: string[]
  mode: IDBTransactionMode
  durability: IDBTransactionDurability | undefined
}

let opened: Opened[] = []
/** The read-write transactions opened since the last call. */
function readWriteSinceLast(): Opened[] {
  const since = opened.filter((t) => t.mode === 'readwrite')
  opened = []
  return since
}

/** The desk's action context over `db`, with the clock pinned at Monday 8:00 AM. */
function deskContext(db: RollcallDb): ActionContext {
  return { db, staff: () => 'Front desk', timeZone: () => TIME_ZONE, now: () => MONDAY_8AM }
}

/** Every read-write transaction since the last look asked for 'strict' (and there was at least one). */
function allStrict(what: string) {
  const writes = readWriteSinceLast()
  expect(writes.length, what).toBeGreaterThan(0)
  expect(
    writes.map((t) => t.durability),
    what,
  ).toEqual(writes.map(() => 'strict'))
}

beforeAll(() => {
  // Before any store opens: Dexie binds IDBDatabase.prototype.transaction when it opens one.
  const original = IDBDatabase.prototype.transaction
  vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
    this: IDBDatabase,
    storeNames: string | Iterable<string>,
    mode?: IDBTransactionMode,
    options?: IDBTransactionOptions,
  ) {
    opened.push({
      stores: typeof storeNames === 'string' ? [storeNames] : [...storeNames],
      mode: mode ?? 'readonly',
      durability: options?.durability,
    })
    return original.call(this, storeNames, mode, options)
  })
})

const dbs: RollcallDb[] = []
afterAll(async () => {
  vi.restoreAllMocks()
  for (const db of dbs) await db.delete()
})

const DANA = 'bkg-dana-flow'
const SAM = 'bkg-sam-flow'
const MONDAY = 'evt-vinyasa-1123'

describe('durable actions: a staff action commits strict, a pull keeps the default', () => {
  it('asks for strict on a check-in, a confirm, a walk-in, an undo and their replay, and not on a pull', async () => {
    const wix = fakeWix({
      events: [monday9()],
      bookings: [
        danaOn(monday9()),
        danaOn(monday9(), {
          id: SAM,
          status: 'PENDING',
          contactDetails: { firstName: 'Sam', lastName: 'Lee' },
        }),
      ],
    })
    const db = newDb('durable')
    dbs.push(db)
    await fullPull({
      db,
      gateway: wix.gateway,
      timeZone: TIME_ZONE,
      now: () => MONDAY_8AM,
      span: DEFAULT_WINDOW,
    })
    const pulled = readWriteSinceLast()
    expect(pulled.length).toBeGreaterThan(0)
    expect(pulled.filter((t) => t.durability === 'strict')).toEqual([])

    const ctx = deskContext(db)

    const checkIn = await deskActions.checkIn.run(ctx, [{ bookingId: DANA, eventId: MONDAY }])
    allStrict('check-in')
    await deskActions.confirm.run(ctx, SAM)
    allStrict('confirm')
    const walkIn = await deskActions.addWalkIn.run(ctx, {
      eventId: MONDAY,
      contact: { firstName: 'Walker', lastName: 'Inn' },
      totalParticipants: 1,
      checkIn: true,
    })
    allStrict('walk-in')
    await deskActions.undo.run(ctx, walkIn.recorded, walkIn.words)
    allStrict('undo')

    // Replay's outbox transitions too: claimed `sending`, then done (the check-in and the confirm).
    const report = await replayOutbox(replayContext(db, wix.gateway))
    expect(report).toMatchObject({ done: 2 })
    const replayed = readWriteSinceLast()
    const transitions = replayed.filter((t) => t.stores.includes('activity') || t.stores.join() === 'outbox')
    expect(transitions.length).toBeGreaterThan(0)
    expect(transitions.every((t) => t.durability === 'strict')).toBe(true)

    // An undo after the check-in reached Wix records the inverse: strict as well.
    await deskActions.undo.run(ctx, checkIn.recorded, checkIn.words)
    allStrict('undo of a sent check-in')
  })

  it('asks for strict on a cancel, its "Cancel anyway", and the conflict that teaches what the key lacks', async () => {
    const wix = fakeWix({ events: [monday9()], bookings: [danaOn(monday9())] })
    // The key may read but is refused a cancel over the policy (403): a permission that write lacks.
    const denied: IpcError = {
      kind: 'auth',
      code: 'PERMISSION_DENIED',
      message: 'The API key lacks the permission "BOOKINGS.IGNORE_BOOKING_POLICY"',
      retryable: false,
      mayHaveReachedServer: true,
    }
    // A plain cancel inside the window is refused by the policy (428), changing nothing.
    const policy: IpcError = { ...denied, kind: 'rejected', code: 'BOOKING_POLICY_VIOLATION' }
    const gateway: BookingsGateway = {
      ...wix.gateway,
      bookings: {
        ...wix.gateway.bookings,
        cancel: (input) => Promise.resolve({ ok: false, error: input.anyway ? denied : policy }),
      },
    }
    const db = newDb('durable-cancel')
    dbs.push(db)
    await fullPull({ db, gateway, timeZone: TIME_ZONE, now: () => MONDAY_8AM, span: DEFAULT_WINDOW })
    readWriteSinceLast()
    const ctx = deskContext(db)

    await deskActions.cancel.run(ctx, DANA)
    allStrict('cancel')
    expect(await replayOutbox(replayContext(db, gateway))).toMatchObject({ conflicts: 1 })
    readWriteSinceLast()
    const [refused] = await db.outbox.toArray()
    await deskActions.retry.run(ctx, refused?.mutationId ?? '', { anyway: true })
    allStrict('cancel anyway')
    const report = await replayOutbox({ ...replayContext(db, gateway), keyId: 'key-1' })
    expect(report).toMatchObject({ conflicts: 1 })
    // The fact that the key lacks the permission is written with the conflict, in one strict transaction.
    const learned = readWriteSinceLast().filter((t) => t.stores.includes('syncState'))
    expect(learned.length).toBeGreaterThan(0)
    expect(learned.every((t) => t.durability === 'strict' && t.stores.includes('activity'))).toBe(true)
    expect(await keyLacks(db, 'key-1')).toEqual(new Set(['ignoreBookingPolicy']))
  })
})
