import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { IpcError, IpcResult } from '@shared/ipc/envelope'
import { serverBookingRow } from '../../../renderer/src/db/booking-rows'
import { FLOW_NOW, flowBooking, flowEvent, TIME_ZONE } from './flow-bookings'
import { RollcallDb } from '../../../renderer/src/db/schema'
import { createSyncEngine, type SyncEngine, type SyncEngineOptions } from '../../../renderer/src/sync/engine'
import type { SyncEngineState } from '../../../renderer/src/sync/engine-state'
import type { BookingsGateway } from '../../../renderer/src/sync/gateway'
import { inProcessLocks, type LockManagerLike } from '../../../renderer/src/sync/sync-lock'

/**
 * When the engine runs and what it asks of Wix, with a fake gateway (no demo site: see
 * test/integration/sync for the engine against the real handlers) and a fresh Dexie store per test. Only
 * setTimeout and Date are faked: fake-indexeddb works on real setImmediate, so runs are awaited with
 * `settle()` and timers fired with `advance()`.
 */

const START = new Date(FLOW_NOW)
const POLL = { active: 1_000, idle: 10_000, activeForMs: 60_000 }
const PUSH_DELAY = 300

const AUTH: IpcError = { kind: 'auth', code: 'X', message: 'm', retryable: false, mayHaveReachedServer: true }
const NETWORK: IpcError = {
  kind: 'network',
  code: 'ECONNRESET',
  message: 'socket hang up',
  retryable: true,
  mayHaveReachedServer: true,
}

interface Call {
  method: string
  input: unknown
}

/** `window.rollcall` as far as the engine uses it: empty pages, successful check-ins, calls recorded. */
function fakeGateway() {
  const calls: Call[] = []
  const failures = new Map<string, IpcError>()
  const answer = <T>(method: string, input: unknown, data: T): Promise<IpcResult<T>> => {
    calls.push({ method, input })
    const error = failures.get(method)
    return Promise.resolve(error ? { ok: false, error } : { ok: true, data })
  }
  /** Answers only the failure a test sets up; anything else is an internal error. */
  const notFaked =
    (method: string) =>
    (input: unknown): Promise<IpcResult<never>> => {
      calls.push({ method, input })
      const error = failures.get(method) ?? {
        kind: 'internal',
        code: 'NOT_FAKED',
        message: `${method} is not faked`,
        retryable: false,
        mayHaveReachedServer: true,
      }
      return Promise.resolve({ ok: false, error })
    }
  const emptyPage = { items: [], nextCursor: null, setAside: 0 }
  // The store's two bookings are on Wix too: a full pull lists them (it drops what Wix no longer lists).
  const onWix = {
    items: [flowBooking('bkg-dana', 'Dana'), flowBooking('bkg-sam', 'Sam')],
    nextCursor: null,
    setAside: 0,
  }
  const gateway: BookingsGateway = {
    bookings: {
      query: (input) => answer('bookings.query', input, 'select' in input ? onWix : emptyPage),
      count: (input) => answer('bookings.count', input, { count: 0 }),
      confirm: notFaked('bookings.confirm'),
      decline: notFaked('bookings.decline'),
      cancel: notFaked('bookings.cancel'),
      createWalkIn: notFaked('bookings.createWalkIn'),
      reschedule: notFaked('bookings.reschedule'),
      confirmVisit: notFaked('bookings.confirmVisit'),
      declineVisit: notFaked('bookings.declineVisit'),
      cancelVisit: notFaked('bookings.cancelVisit'),
    },
    attendance: {
      set: notFaked('attendance.set'),
      bulkSet: (input) =>
        answer('attendance.bulkSet', input, {
          outcomes: input.changes.map((_, index) => ({ index, ok: true as const, attendanceId: null })),
        }),
      query: (input) => answer('attendance.query', input, emptyPage),
    },
    sessions: {
      // Their session is on Wix's calendar: a pull never has to ask for it by id.
      query: (input) => answer('sessions.query', input, { ...emptyPage, items: [flowEvent()] }),
      byIds: (input) => answer('sessions.byIds', input, { items: [] }),
    },
    services: { walkInTerms: () => answer('services.walkInTerms', undefined, { items: [], setAside: 0 }) },
  }
  return {
    gateway,
    calls,
    methods: () => calls.map((call) => call.method),
    count: (method: string) => calls.filter((call) => call.method === method).length,
    fail: (method: string, error: IpcError) => void failures.set(method, error),
    heal: (method: string) => void failures.delete(method),
  }
}

/** The in-process lock, counting the runs under way: the engine is quiet when none is. */
function trackedLocks() {
  const inner = inProcessLocks()
  let inFlight = 0
  const locks: LockManagerLike = {
    async request(name, options, callback) {
      inFlight++
      try {
        return await inner.request(name, options, callback)
      } finally {
        inFlight--
      }
    },
  }
  return { locks, busy: () => inFlight > 0 }
}

const realImmediate = globalThis.setImmediate
const macrotask = () => new Promise<void>((resolve) => realImmediate(() => resolve()))

let dbCounter = 0
let db: RollcallDb
let fake: ReturnType<typeof fakeGateway>
let tracked: ReturnType<typeof trackedLocks>
let engine: SyncEngine

function newEngine(overrides: Partial<SyncEngineOptions> = {}): SyncEngine {
  engine = createSyncEngine({
    db,
    gateway: fake.gateway,
    timeZone: () => TIME_ZONE,
    staff: () => 'Front desk',
    locks: tracked.locks,
    poll: POLL,
    pushDelayMs: PUSH_DELAY,
    backoff: { baseDelayMs: 1_000, maxDelayMs: 1_000, random: () => 0.5 },
    ...overrides,
  })
  return engine
}

/** Waits (in real time) until no run is under way and the next timer has been armed. */
async function settle(): Promise<void> {
  for (let quiet = 0, rounds = 0; quiet < 25; rounds++) {
    if (rounds > 20_000) throw new Error('the engine never settled')
    await macrotask()
    quiet = tracked.busy() ? 0 : quiet + 1
  }
}

/** Moves the fake clock on, firing the timers that fall due, then lets what they started finish. */
async function advance(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms)
  await settle()
}

/** Starts the engine and waits for its first sync. */
async function started(overrides: Partial<SyncEngineOptions> = {}): Promise<SyncEngine> {
  await newEngine(overrides).start()
  await advance(0)
  return engine
}

const checkInDana = () => engine.actions.checkIn([{ bookingId: 'bkg-dana', eventId: 'evt-flow' }])

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: START })
  db = new RollcallDb(`engine-scheduling-${process.pid}-${++dbCounter}`)
  await db.bookings.bulkPut([
    serverBookingRow(flowBooking('bkg-dana', 'Dana'), TIME_ZONE),
    serverBookingRow(flowBooking('bkg-sam', 'Sam'), TIME_ZONE),
  ])
  fake = fakeGateway()
  tracked = trackedLocks()
})

afterEach(async () => {
  await engine.stop()
  await settle()
  db.close()
  vi.useRealTimers()
})

describe('sync engine: the first sync', () => {
  it('runs at start as a full pull, today first: today’s sessions and bookings, then the other days’ sessions (read beside their bookings), the window counted, the later days’ bookings and the earlier days’, then the services’ walk-in terms', async () => {
    await started()
    expect(fake.methods()).toEqual([
      'sessions.query',
      'bookings.query',
      'sessions.query',
      'sessions.query',
      'bookings.count',
      'bookings.query',
      'bookings.query',
      'services.walkInTerms',
    ])
    // Pinned: the engine's clock is START (2026-11-23, the window yesterday to a week ahead).
    expect(fake.calls.map((call) => call.input)).toMatchObject([
      { fromLocalDate: '2026-11-23T00:00:00', toLocalDate: '2026-11-23T23:59:59' },
      { select: { by: 'startDate' } },
      { fromLocalDate: '2026-11-24T00:00:00', toLocalDate: '2026-12-01T00:00:00' },
      { fromLocalDate: '2026-11-22T00:00:00', toLocalDate: '2026-11-22T23:59:59' },
      { by: 'startDate' },
      { select: { by: 'startDate' } },
      { select: { by: 'startDate' } },
      undefined,
    ])
  })

  it('ends idle, with data and the time of the sync', async () => {
    await started()
    expect(engine.getState()).toMatchObject({
      phase: 'idle',
      hasData: true,
      lastSyncedAt: START.getTime(),
      problem: null,
      progress: null,
    })
  })

  it('makes no call before start()', async () => {
    newEngine()
    await advance(POLL.idle * 3)
    expect(fake.calls).toEqual([])
  })

  it('pulls incrementally afterwards: today’s sessions, what changed and today’s attendance, no count', async () => {
    await started()
    fake.calls.length = 0
    await advance(POLL.idle)
    expect(fake.methods()).toEqual(['sessions.query', 'bookings.query', 'attendance.query'])
    expect(fake.calls[0]?.input).toEqual({
      fromLocalDate: '2026-11-23T00:00:00',
      toLocalDate: '2026-11-23T23:59:59',
    })
    expect(fake.calls[1]?.input).toMatchObject({ select: { by: 'updatedSince' } })
  })
})

describe('sync engine: polling', () => {
  it('polls at the idle interval while nobody uses the desk', async () => {
    await started()
    // The first (full) pull reads sessions three times: today, the later days, the earlier day.
    await advance(POLL.idle - 1)
    expect(fake.count('sessions.query')).toBe(3)
    await advance(1)
    expect(fake.count('sessions.query')).toBe(4)
    await advance(POLL.idle)
    expect(fake.count('sessions.query')).toBe(5)
  })

  it('polls at the active interval while the desk is busy, counted from the last pull', async () => {
    await started()
    await checkInDana()
    await advance(PUSH_DELAY)
    const pulls = fake.count('sessions.query')
    await advance(POLL.active)
    expect(fake.count('sessions.query')).toBe(pulls + 1)
    await advance(POLL.active)
    expect(fake.count('sessions.query')).toBe(pulls + 2)
  })

  it('goes back to the idle interval once the desk has been quiet for activeForMs', async () => {
    await started()
    await checkInDana()
    // In steps: each run's IndexedDB work needs real macrotasks between fake timers.
    const stepMs = POLL.active / 2
    const steps = async (ms: number) => {
      for (let t = 0; t < ms; t += stepMs) await advance(stepMs)
    }
    await steps(POLL.activeForMs + 2 * POLL.idle)
    const pulls = fake.count('sessions.query')
    await steps(3 * POLL.idle)
    expect(fake.count('sessions.query')).toBe(pulls + 3)
  })

  it('polls at the active interval after markActive(), from the next run on', async () => {
    await started()
    engine.markActive()
    await advance(POLL.idle)
    const pulls = fake.count('sessions.query')
    await advance(POLL.active)
    expect(fake.count('sessions.query')).toBe(pulls + 1)
  })
})

describe('sync engine: pushing actions', () => {
  it('pushes an action after pushDelayMs, without pulling', async () => {
    await started()
    fake.calls.length = 0
    await checkInDana()
    await advance(PUSH_DELAY - 1)
    expect(fake.calls).toEqual([])
    await advance(1)
    expect(fake.methods()).toEqual(['attendance.bulkSet'])
    expect(fake.calls[0]?.input).toEqual({
      changes: [{ bookingId: 'bkg-dana', eventId: 'evt-flow', status: 'ATTENDED', numberOfAttendees: 1 }],
    })
    expect(engine.getState().pendingCount).toBe(0)
  })

  it('counts the action as pending until it is pushed', async () => {
    await started()
    await checkInDana()
    expect(engine.getState().pendingCount).toBe(1)
  })

  it('gathers a burst of check-ins into one bulk call', async () => {
    await started()
    await checkInDana()
    await advance(PUSH_DELAY - 100)
    await engine.actions.checkIn([{ bookingId: 'bkg-sam', eventId: 'evt-flow' }])
    await advance(PUSH_DELAY - 1)
    expect(fake.count('attendance.bulkSet')).toBe(0)
    await advance(1)
    expect(fake.count('attendance.bulkSet')).toBe(1)
    expect(fake.calls.find((c) => c.method === 'attendance.bulkSet')?.input).toMatchObject({
      changes: [{ bookingId: 'bkg-dana' }, { bookingId: 'bkg-sam' }],
    })
  })
})

describe('sync engine: retrying after a transient failure', () => {
  // Rate limited: not an uncertain outcome, so the retry sends again without looking the booking up first.
  const BUSY: IpcError = {
    kind: 'rate_limited',
    code: '429',
    message: 'Too many requests',
    retryable: true,
    mayHaveReachedServer: false,
  }

  it('sends the change again when its backoff is over, even before the next poll', async () => {
    await started({ backoff: { baseDelayMs: 1_000, maxDelayMs: 1_000, random: () => 0.5 } })
    fake.fail('bookings.cancel', BUSY)
    await engine.actions.cancel('bkg-dana')
    await advance(PUSH_DELAY)
    expect(fake.count('bookings.cancel')).toBe(1)
    await advance(499)
    expect(fake.count('bookings.cancel')).toBe(1)
    await advance(1)
    expect(fake.count('bookings.cancel')).toBe(2)
  })

  it('does not send again a change main says will not pass and never reached Wix, whatever its kind', async () => {
    // Before the flags were read, a network error was retried by its kind alone, forever.
    const REFUSED_FOR_GOOD: IpcError = {
      kind: 'network',
      code: 'CERT_UNTRUSTED',
      message: 'The certificate is not trusted',
      retryable: false,
      mayHaveReachedServer: false,
    }
    await started({ backoff: { baseDelayMs: 1_000, maxDelayMs: 1_000, random: () => 0.5 } })
    fake.fail('bookings.cancel', REFUSED_FOR_GOOD)
    await engine.actions.cancel('bkg-dana')
    await advance(PUSH_DELAY)
    await advance(POLL.active * 3)
    expect(fake.count('bookings.cancel')).toBe(1)
    expect(engine.getState()).toMatchObject({ pendingCount: 0, attentionCount: 1 })
    expect((await db.outbox.toArray()).map((e) => e.state)).toEqual(['failed'])
  })

  it('keeps polling during a long backoff without resending the change', async () => {
    await started({ backoff: { baseDelayMs: 60_000, maxDelayMs: 60_000, random: () => 0.5 } })
    fake.fail('bookings.cancel', BUSY)
    await engine.actions.cancel('bkg-dana')
    await advance(PUSH_DELAY)
    const pulls = fake.count('sessions.query')
    await advance(POLL.active)
    expect(fake.count('sessions.query')).toBe(pulls + 1)
    expect(fake.count('bookings.cancel')).toBe(1)
    expect(engine.getState().pendingCount).toBe(1)
  })

  it('waits for the poll interval while a change waits behind its booking’s head in backoff', async () => {
    await started({ backoff: { baseDelayMs: 60_000, maxDelayMs: 60_000, random: () => 0.5 } })
    fake.fail('bookings.cancel', BUSY)
    await engine.actions.cancel('bkg-dana')
    await advance(PUSH_DELAY)
    await engine.actions.checkIn([{ bookingId: 'bkg-dana', eventId: 'evt-flow' }])
    await advance(PUSH_DELAY)
    const pulls = fake.count('sessions.query')
    await advance(POLL.active - PUSH_DELAY * 2 - 1)
    expect(fake.count('sessions.query')).toBeLessThanOrEqual(pulls + 1)
    await advance(POLL.active * 3)
    expect(fake.count('sessions.query')).toBeLessThanOrEqual(pulls + 5)
    expect(fake.count('attendance.bulkSet')).toBe(0)
  })
})

describe('sync engine: offline', () => {
  it('makes no call on the timer while offline', async () => {
    await started()
    engine.setOnline(false)
    fake.calls.length = 0
    await advance(POLL.idle * 5)
    expect(fake.calls).toEqual([])
    expect(engine.getState().online).toBe(false)
  })

  it('still records actions while offline, and keeps them pending', async () => {
    await started()
    engine.setOnline(false)
    fake.calls.length = 0
    await checkInDana()
    await engine.actions.checkIn([{ bookingId: 'bkg-sam', eventId: 'evt-flow' }])
    await advance(PUSH_DELAY + POLL.idle * 2)
    expect(engine.getState().pendingCount).toBe(2)
    expect(fake.calls).toEqual([])
  })

  it('syncs at once when the line comes back: looks, pushes what was recorded, then pulls', async () => {
    await started()
    engine.setOnline(false)
    await checkInDana()
    fake.calls.length = 0
    engine.setOnline(true)
    await advance(0)
    // The booking is looked at first: the customer may have moved while the line was down (issue 19).
    expect(fake.methods()).toEqual([
      'bookings.query',
      'attendance.bulkSet',
      'sessions.query',
      'bookings.query',
      'attendance.query',
    ])
    expect(fake.calls[0]?.input).toEqual({ select: { by: 'ids', ids: ['bkg-dana'] } })
    expect(engine.getState()).toMatchObject({ online: true, pendingCount: 0, phase: 'idle' })
  })

  it('sends at once when the line comes back, also what failed while it was going down', async () => {
    await started({ backoff: { baseDelayMs: 60_000, maxDelayMs: 60_000, random: () => 0.5 } })
    fake.fail('attendance.bulkSet', NETWORK)
    await checkInDana()
    await advance(PUSH_DELAY)
    expect(fake.count('attendance.bulkSet')).toBe(1)
    engine.setOnline(false)
    fake.heal('attendance.bulkSet')
    engine.setOnline(true)
    await advance(0)
    // Not a minute later, when its backoff would be over: the line is back now.
    expect(fake.count('attendance.bulkSet')).toBe(2)
    expect(engine.getState().pendingCount).toBe(0)
  })

  it('does not sync again when told it is online while already online', async () => {
    await started()
    fake.calls.length = 0
    engine.setOnline(true)
    await advance(0)
    expect(fake.calls).toEqual([])
  })
})

describe('sync engine: an auth failure', () => {
  it('pauses with a reconnect sentence when a pull is refused', async () => {
    fake.fail('sessions.query', AUTH)
    await started()
    expect(engine.getState().phase).toBe('paused-auth')
    expect(engine.getState().problem).toBe(
      'Wix no longer accepts this site’s API key. Reconnect the site in Settings; nothing is lost.',
    )
  })

  it('stops the timer runs from calling Wix until resume()', async () => {
    fake.fail('sessions.query', AUTH)
    await started()
    fake.heal('sessions.query')
    fake.calls.length = 0
    await advance(POLL.idle * 5)
    expect(fake.calls).toEqual([])
    engine.resume()
    await advance(0)
    expect(fake.methods()).toContain('sessions.query')
    expect(engine.getState()).toMatchObject({ phase: 'idle', problem: null })
  })

  it('does not push actions while paused, and keeps them queued', async () => {
    fake.fail('sessions.query', AUTH)
    await started()
    fake.calls.length = 0
    await checkInDana()
    await advance(PUSH_DELAY + POLL.idle)
    expect(fake.calls).toEqual([])
    expect(engine.getState().pendingCount).toBe(1)
  })

  it('pauses when a push is refused and the key cannot read either, keeping the change queued', async () => {
    await started()
    // A refused write alone may be a missing permission (that entry's problem, see
    // test/integration/sync/permissions.test.ts); the key itself failing shows on a read too.
    fake.fail('attendance.bulkSet', AUTH)
    fake.fail('bookings.query', AUTH)
    await checkInDana()
    await advance(PUSH_DELAY)
    expect(engine.getState()).toMatchObject({ phase: 'paused-auth', pendingCount: 1, attentionCount: 0 })
    fake.heal('attendance.bulkSet')
    fake.heal('bookings.query')
    engine.resume()
    await advance(0)
    expect(engine.getState()).toMatchObject({ phase: 'idle', pendingCount: 0 })
  })
})

describe('sync engine: a network failure', () => {
  it('sets phase error with a problem sentence when the pull cannot reach Wix', async () => {
    fake.fail('sessions.query', NETWORK)
    await started()
    expect(engine.getState()).toMatchObject({
      phase: 'error',
      problem: 'Wix cannot be reached right now. Changes are saved here and will be sent.',
      hasData: false,
      lastSyncedAt: null,
    })
  })

  it('keeps polling, and the next successful run clears the problem', async () => {
    fake.fail('sessions.query', NETWORK)
    await started()
    fake.heal('sessions.query')
    await advance(POLL.idle)
    expect(engine.getState()).toMatchObject({ phase: 'idle', problem: null, hasData: true })
  })

  it('shows Wix’s message for a failure other than the line', async () => {
    fake.fail('sessions.query', {
      kind: 'unavailable',
      code: '503',
      message: 'Wix is busy',
      retryable: true,
      mayHaveReachedServer: true,
    })
    await started()
    expect(engine.getState()).toMatchObject({ phase: 'error', problem: 'Wix is busy' })
  })
})

describe('sync engine: subscribers and stopping', () => {
  it('tells subscribers every state change of a run', async () => {
    newEngine()
    const phases: SyncEngineState['phase'][] = []
    engine.subscribe((state) => phases.push(state.phase))
    await engine.start()
    await advance(0)
    expect(phases).toContain('pushing')
    expect(phases).toContain('pulling')
    expect(phases.at(-1)).toBe('idle')
  })

  it('tells subscribers when the line goes and comes back', async () => {
    await started()
    const seen: boolean[] = []
    engine.subscribe((state) => seen.push(state.online))
    engine.setOnline(false)
    engine.setOnline(true)
    expect(seen.slice(0, 2)).toEqual([false, true])
  })

  it('stops telling a subscriber who unsubscribed', async () => {
    newEngine()
    const listener = vi.fn()
    const unsubscribe = engine.subscribe(listener)
    unsubscribe()
    await engine.start()
    await advance(0)
    expect(listener).not.toHaveBeenCalled()
  })

  it('stops the timer on stop()', async () => {
    await started()
    await engine.stop()
    fake.calls.length = 0
    await advance(POLL.idle * 5)
    expect(fake.calls).toEqual([])
  })

  it('makes no call after stop() called right after a run finished', async () => {
    await started()
    await engine.syncNow()
    await engine.stop()
    fake.calls.length = 0
    await advance(POLL.idle * 3)
    expect(fake.calls).toEqual([])
  })

  it('drops a push that was waiting for its delay on stop()', async () => {
    await started()
    await checkInDana()
    await engine.stop()
    fake.calls.length = 0
    await advance(PUSH_DELAY + POLL.idle)
    expect(fake.calls).toEqual([])
    expect(engine.getState().pendingCount).toBe(1)
  })
})

describe('sync engine: the undo window', () => {
  const quietPoll = { active: 60_000, idle: 60_000, activeForMs: 1 }

  it('sends a held change when its undo window ends — not before, and without waiting for the next poll', async () => {
    await started({ undoWindowMs: 10_000, poll: quietPoll })
    await engine.actions.cancel('bkg-dana')
    await advance(PUSH_DELAY) // the push after an action finds nothing due yet
    await advance(10_000 - PUSH_DELAY - 1)
    expect(fake.count('bookings.cancel')).toBe(0)
    expect(engine.getState().pendingCount).toBe(1)
    await advance(1)
    expect(fake.count('bookings.cancel')).toBe(1)
  })

  it('holds only what Wix cannot take back: a check-in goes out after the push delay', async () => {
    await started({ undoWindowMs: 10_000, poll: quietPoll })
    await checkInDana()
    await advance(PUSH_DELAY)
    expect(fake.count('attendance.bulkSet')).toBe(1)
  })
})
