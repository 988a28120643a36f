import { describe, expect, it } from 'vitest'
import { addDays, businessDayOf, startOfBusinessDay } from '@shared/domain/business-day'
import { daySessions } from '../../../renderer/src/queries/roster-view'
import type { BookingsGateway } from '../../../renderer/src/sync/gateway'
import { readSyncMemory } from '../../../renderer/src/sync/sync-memory'
import { fullPull, incrementalPull, type PullProgress } from '../../../renderer/src/sync/pull'
import { storeServerBookings } from '../../../renderer/src/sync/server-copies'
import { DEFAULT_WINDOW, syncWindowAt } from '../../../renderer/src/sync/sync-window'
import { openSyncHarness } from './sync-harness'
import { differencesFromServer, serverWindowBookings } from './store-comparison'

const harness = await openSyncHarness()
const { demo } = harness
const nowMs = () => Date.parse(demo.now())

function pullContext(db = harness.newDb(), onProgress?: (p: PullProgress) => void) {
  return {
    db,
    gateway: harness.gateway,
    timeZone: harness.timeZone,
    now: nowMs,
    span: DEFAULT_WINDOW,
    ...(onProgress ? { onProgress } : {}),
  }
}

describe('pulling the window', () => {
  it('loads today −1 … +7: every session and every booking of the window, with progress', async () => {
    demo.reset()
    const progress: PullProgress[] = []
    const ctx = pullContext(undefined, (p) => progress.push(p))
    const report = await fullPull(ctx)
    const expected = serverWindowBookings(demo.state(), nowMs())
    expect(expected.length).toBeGreaterThan(100)
    expect(report.bookingsWritten).toBeGreaterThanOrEqual(expected.length)
    expect(await differencesFromServer(ctx.db, demo.state(), nowMs())).toEqual([])
    const days = new Set((await ctx.db.events.toArray()).map((e) => e.day))
    expect([...days].sort().at(0)).toBe('2026-03-09')
    expect([...days].sort().at(-1)).toBe('2026-03-17')
    const bookingProgress = progress.filter((p) => p.stage === 'bookings')
    expect(bookingProgress.length).toBeGreaterThan(1)
    expect(bookingProgress.at(-1)?.total).toBeGreaterThan(0)
  })

  it('then reads only what changed, de-duplicated by revision, and sees changes made elsewhere', async () => {
    demo.reset()
    const ctx = pullContext()
    await fullPull(ctx)
    const quiet = await incrementalPull(ctx)
    expect(quiet.kind).toBe('incremental')
    expect(quiet.bookingsWritten).toBe(0)

    const [first, second] = serverWindowBookings(demo.state(), nowMs()).filter(
      (b) => b.status === 'CONFIRMED',
    )
    demo.advanceClock(60_000)
    demo.world.customerCancels(first?.id ?? '')
    demo.world.customerPays(second?.id ?? '')
    const eventId = second?.bookedEntity.slot?.eventId ?? ''
    const today = (await ctx.db.events.where('day').equals('2026-03-10').first())?.id
    const todays = serverWindowBookings(demo.state(), nowMs()).find(
      (b) => b.bookedEntity.slot?.eventId === today && b.status === 'CONFIRMED',
    )
    if (todays)
      demo.world.deskSetsAttendance({ bookingId: todays.id, eventId: today ?? '', status: 'ATTENDED' })

    const changed = await incrementalPull(ctx)
    expect(changed.bookingsWritten).toBe(2)
    expect((await ctx.db.bookings.get(first?.id ?? ''))?.status).toBe('CANCELED')
    expect((await ctx.db.bookings.get(second?.id ?? ''))?.paymentStatus).toBe('PAID')
    expect(eventId).not.toBe('')
    if (todays) expect((await ctx.db.attendance.get([todays.id, today ?? '']))?.status).toBe('ATTENDED')
    expect(await differencesFromServer(ctx.db, demo.state(), nowMs())).toEqual([])
  })

  it('never replaces a booking by an older revision', async () => {
    demo.reset()
    const ctx = pullContext()
    await fullPull(ctx)
    const booking = serverWindowBookings(demo.state(), nowMs()).find((b) => b.status === 'CONFIRMED')
    if (!booking) throw new Error('no confirmed booking')
    const stale = {
      booking: { ...booking, status: 'PENDING' as const, revision: String(Number(booking.revision) - 1) },
    }
    const result = await storeServerBookings(
      ctx.db,
      [{ extended: stale, withAttendance: false }],
      harness.timeZone,
    )
    expect(result).toEqual({ written: 0, skipped: 1 })
    expect((await ctx.db.bookings.get(booking.id))?.status).toBe('CONFIRMED')
  })

  it('does a full pull again when the day changes, and drops what fell out of the window', async () => {
    demo.reset()
    const ctx = pullContext()
    await fullPull(ctx)
    expect(await ctx.db.events.where('day').equals('2026-03-09').count()).toBeGreaterThan(0)
    demo.advanceClock(24 * 3_600_000)
    const next = await incrementalPull(ctx)
    expect(next.kind).toBe('full')
    expect(await ctx.db.events.where('day').equals('2026-03-09').count()).toBe(0)
    expect(await ctx.db.bookings.where('day').equals('2026-03-09').count()).toBe(0)
    expect(await differencesFromServer(ctx.db, demo.state(), nowMs())).toEqual([])
  })
})

/**
 * The gateway with every call labelled `today` (about today only) or `other` (any other day, or the whole
 * window) as it is made; a call labelled `other` is refused when `stopAfterToday`, as if the line went down
 * there. A page read by cursor carries the label of the query it continues.
 */
function labelledGateway(stopAfterToday = false) {
  const window = syncWindowAt(new Date(nowMs()), harness.timeZone, DEFAULT_WINDOW)
  const at = (day: string) => new Date(startOfBusinessDay(day, harness.timeZone)).toISOString()
  const todayFrom = at(window.today)
  const todayTo = at(addDays(window.today, 1))
  const state = demo.state()
  const todays = state.events.filter(
    (e) => businessDayOf(new Date(e.startMs), harness.timeZone) === window.today,
  )
  const todaysSchedules = new Set(todays.filter((e) => e.kind === 'COURSE').map((e) => e.scheduleId))
  const todaysEvents = new Set(todays.map((e) => e.id))
  const calls: { call: string; label: 'today' | 'other' }[] = []
  const continued = new Map<string, 'today' | 'other'>()
  const labelOf = (call: string, input: Record<string, unknown>): 'today' | 'other' => {
    if ('cursor' in input) return continued.get(call) ?? 'other'
    const select = input.select as { by: string; from?: string; to?: string; scheduleId?: string } | undefined
    const today =
      (call === 'sessions.query' && String(input.fromLocalDate).startsWith(window.today)) ||
      (call === 'bookings.query' &&
        select?.by === 'startDate' &&
        select.from === todayFrom &&
        select.to === todayTo) ||
      (call === 'bookings.query' &&
        select?.by === 'schedule' &&
        todaysSchedules.has(select.scheduleId ?? '')) ||
      (call === 'attendance.query' && (input.eventIds as string[]).every((id) => todaysEvents.has(id)))
    continued.set(call, today ? 'today' : 'other')
    return today ? 'today' : 'other'
  }
  const wrap = <T extends object>(name: string, port: T): T =>
    new Proxy(port, {
      get(target, key) {
        const method = Reflect.get(target, key) as unknown
        if (typeof method !== 'function') return method
        return (...args: unknown[]) => {
          const call = `${name}.${String(key)}`
          const label = labelOf(call, (args[0] ?? {}) as Record<string, unknown>)
          calls.push({ call, label })
          if (stopAfterToday && label === 'other') return Promise.reject(new Error('the line went down'))
          return (method as (...args: unknown[]) => unknown).apply(target, args)
        }
      },
    })
  const { bookings, sessions, attendance, services } = harness.gateway
  const gateway: BookingsGateway = {
    bookings: wrap('bookings', bookings),
    sessions: wrap('sessions', sessions),
    attendance: wrap('attendance', attendance),
    services: wrap('services', services),
  }
  return { gateway, calls, window, todaysSchedules }
}

describe('today first', () => {
  it('reads today’s sessions, bookings, course bookings and attendance before anything of another day', async () => {
    demo.reset()
    const { gateway, calls, todaysSchedules } = labelledGateway()
    // The demo site's today (pinned clock) has course sessions: their bookings and attendance come with today.
    expect(todaysSchedules.size).toBeGreaterThan(0)
    const ctx = { ...pullContext(), gateway }
    await fullPull(ctx)
    const firstOther = calls.findIndex((c) => c.label === 'other')
    const todays = calls.slice(0, firstOther).map((c) => c.call)
    expect(todays[0]).toBe('sessions.query')
    expect(todays).toContain('bookings.query')
    expect(todays.at(-1)).toBe('attendance.query')
    expect(calls.slice(firstOther).filter((c) => c.label === 'today')).toEqual([])
    // … and the whole window is in the store all the same.
    expect(await differencesFromServer(ctx.db, demo.state(), nowMs())).toEqual([])
  })

  it('reads the other days’ sessions beside the later days’ bookings, and pushes between stages only once they are stored', async () => {
    demo.reset()
    const { gateway, window } = labelledGateway()
    const db = harness.newDb()
    const order: string[] = []
    // The other days' sessions are held until the later days' bookings have been asked for: a pull that read
    // them one after the other would wait here for ever (the test's timeout).
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    const sessions: BookingsGateway['sessions'] = {
      ...gateway.sessions,
      query: async (input) => {
        const other = 'fromLocalDate' in input && !String(input.fromLocalDate).startsWith(window.today)
        if (other) await held
        return gateway.sessions.query(input)
      },
    }
    const bookings: BookingsGateway['bookings'] = {
      ...gateway.bookings,
      query: (input) => {
        if (
          'select' in input &&
          input.select.by === 'startDate' &&
          input.select.from > addDays(window.today, 1)
        ) {
          order.push('later bookings asked')
          release()
        }
        return gateway.bookings.query(input)
      },
    }
    const otherDays = window.days.filter((day) => day !== window.today)
    const ctx = {
      ...pullContext(db),
      gateway: { ...gateway, sessions, bookings },
      betweenStages: async () => {
        const stored = await db.events.where('day').anyOf(otherDays).count()
        order.push(stored ? 'push, the other days’ sessions stored' : 'push')
      },
    }
    await fullPull(ctx)
    expect(order[0]).toBe('push')
    expect(order[1]).toBe('later bookings asked')
    expect(order.slice(2).filter((step) => step.startsWith('push'))).not.toContain('push')
    expect(order.slice(2).length).toBeGreaterThan(0)
    expect(await differencesFromServer(db, demo.state(), nowMs())).toEqual([])
  })

  it('asks for the earlier days’ first page while the later days’ last batches still wait to be stored', async () => {
    demo.reset()
    const { gateway, window } = labelledGateway()
    const db = harness.newDb()
    const todayFrom = new Date(startOfBusinessDay(window.today, harness.timeZone)).toISOString()
    // Once the later days are asked for, the store takes no booking until the earlier days are asked for too:
    // a pull that waited for the writer to catch up at the end of a range would wait here for ever (the
    // test's timeout).
    let hold: Promise<void> | null = null
    let release!: () => void
    db.use({
      stack: 'dbcore',
      name: 'hold-bookings',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name)
          if (name !== 'bookings') return table
          return { ...table, mutate: async (req) => (await hold, table.mutate(req)) }
        },
      }),
    })
    const bookings: BookingsGateway['bookings'] = {
      ...gateway.bookings,
      query: (input) => {
        if ('select' in input && input.select.by === 'startDate') {
          if (input.select.from > todayFrom && !hold) hold = new Promise((resolve) => (release = resolve))
          if (input.select.to === todayFrom) release()
        }
        return gateway.bookings.query(input)
      },
    }
    // Batches of 40 bookings: the small site's later days fill more of them than may wait (maxWaiting).
    const storeBatch = { batchSize: 40, maxWaiting: 3 }
    await fullPull({ ...pullContext(db), gateway: { ...gateway, bookings }, storeBatch })
    expect(hold).not.toBeNull()
    expect(await differencesFromServer(db, demo.state(), nowMs())).toEqual([])
  })

  it('ends its last reads, side by side, before it answers — also when one of them fails', async () => {
    demo.reset()
    const { gateway, calls } = labelledGateway()
    const steps: string[] = []
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    const services: BookingsGateway['services'] = {
      walkInTerms: async () => {
        steps.push('walk-in terms asked')
        await held
        steps.push('walk-in terms answered')
        return gateway.services.walkInTerms()
      },
    }
    // The course sessions' attendance, read at the end, fails; the walk-in terms are still being read.
    const attendance: BookingsGateway['attendance'] = {
      ...gateway.attendance,
      query: (input) => {
        const last = calls.some((c) => c.call === 'bookings.query' && c.label === 'other')
        if (!last) return gateway.attendance.query(input)
        setTimeout(release, 50)
        return Promise.reject(new Error('the line went down'))
      },
    }
    const ctx = { ...pullContext(), gateway: { ...gateway, services, attendance } }
    const memoryBefore = await readSyncMemory(ctx.db)
    await expect(fullPull(ctx)).rejects.toThrow('the line went down')
    steps.push('pull answered')
    expect(steps).toEqual(['walk-in terms asked', 'walk-in terms answered', 'pull answered'])
    // Not complete: no watermark, as before the pull.
    expect((await readSyncMemory(ctx.db)).watermark).toBe(memoryBefore.watermark)
  })

  it('sends a check-in taken on today’s roster while the rest of the window is pulled, not after it', async () => {
    demo.reset()
    const { gateway, calls, window } = labelledGateway()
    const db = harness.newDb()
    const engine = harness.newEngine(db, { gateway })
    // A customer books one of today's classes still to come (the demo's pinned "now") before the desk opens.
    const classes = demo
      .state()
      .events.filter(
        (e) =>
          e.kind === 'CLASS' &&
          businessDayOf(new Date(e.startMs), harness.timeZone) === window.today &&
          e.endMs > nowMs(),
      )
    let booked: { booking: { id: string }; event: (typeof classes)[number] } | null = null
    for (const event of classes) {
      try {
        booked = { booking: demo.world.customerBooks({ eventId: event.id, status: 'CONFIRMED' }), event }
        break
      } catch {
        // Full: the next class.
      }
    }
    const { booking, event } = booked!
    // The desk checks the person in as soon as today is listed: at the pull's first call for another day.
    let checkedIn: Promise<unknown> | null = null
    const desk = new Proxy(gateway.sessions, {
      get(target, key) {
        const method = Reflect.get(target, key) as (...args: unknown[]) => Promise<unknown>
        if (key !== 'query') return method
        return async (...args: unknown[]) => {
          if (!checkedIn && calls.some((c) => c.label === 'today'))
            checkedIn = engine.actions.checkIn([{ bookingId: booking.id, eventId: event.id }])
          await checkedIn
          return method.apply(target, args)
        }
      },
    })
    const report = await harness.newEngine(db, { gateway: { ...gateway, sessions: desk } }).syncNow()
    expect(report.problem).toBeUndefined()
    expect(checkedIn).not.toBeNull()
    const sent = calls.findIndex((c) => c.call === 'attendance.bulkSet' || c.call === 'attendance.set')
    // Pushed between the stages of the pull (after a batch of the later days is stored), so before the
    // pull's last step — the services' walk-in terms — and not by the push that follows the whole pull.
    // (The reader may be ahead of the writer: on this small site the last bookings page can come first.)
    const pullsLastStep = calls.findIndex((c) => c.call.startsWith('services.'))
    expect(sent).toBeGreaterThan(calls.findIndex((c) => c.label === 'other'))
    expect(sent).toBeLessThan(pullsLastStep)
    expect(
      demo.state().attendance.find((a) => a.bookingId === booking.id && a.eventId === event.id)?.status,
    ).toBe('ATTENDED')
    expect((await db.outbox.toArray()).map((entry) => entry.state)).toEqual(['done'])
  })

  it('lists today’s sessions with all their bookings while the other days are still to come', async () => {
    demo.reset()
    const { gateway, window, todaysSchedules } = labelledGateway(true)
    const ctx = { ...pullContext(), gateway }
    await expect(fullPull(ctx)).rejects.toThrow('the line went down')
    const sessions = await daySessions(ctx.db, window.today, harness.timeZone)
    expect(sessions.length).toBeGreaterThan(0)
    expect(sessions.filter((s) => !s.bookingsLoaded)).toEqual([])
    expect(sessions.some((s) => s.kind === 'COURSE')).toBe(true)
    // Every booking of today, and every course booking of today's courses, is in the store.
    const server = demo.state().bookings
    const slotIds = server
      .filter(
        (b) => b.bookedEntity.slot && businessDayOf(new Date(b.startDate), harness.timeZone) === window.today,
      )
      .map((b) => b.id)
    const courseIds = server
      .filter((b) => todaysSchedules.has(b.bookedEntity.schedule?.scheduleId ?? ''))
      .map((b) => b.id)
    expect(slotIds.length).toBeGreaterThan(0)
    expect(courseIds.length).toBeGreaterThan(0)
    const stored = await ctx.db.bookings.bulkGet([...slotIds, ...courseIds])
    expect(stored.filter((row) => row === undefined)).toEqual([])
    const memory = await readSyncMemory(ctx.db)
    expect(memory.loaded?.days).toEqual([window.today])
    expect(memory.watermark).toBeNull()
    // The pull that follows reads the whole window, and only then sets the watermark.
    const report = await fullPull(pullContext(ctx.db))
    expect(report.kind).toBe('full')
    expect((await readSyncMemory(ctx.db)).watermark).not.toBeNull()
    expect(await differencesFromServer(ctx.db, demo.state(), nowMs())).toEqual([])
  })
})
