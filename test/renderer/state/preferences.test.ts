import { beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_WINDOW } from '../../../renderer/src/sync/sync-window'
import { DEFAULT_STAFF_NAME, staffLabel, usePreferences } from '../../../renderer/src/state/preferences'

describe('this desk’s preferences', () => {
  beforeEach(() =>
    usePreferences.setState({ staffName: DEFAULT_STAFF_NAME, window: DEFAULT_WINDOW, notifyCustomers: true }),
  )

  it('records "Front desk" while no name is set, and the trimmed name once one is', () => {
    usePreferences.getState().setStaffName('   ')
    expect(staffLabel()).toBe('Front desk')
    usePreferences.getState().setStaffName('  Maya Chen ')
    expect(staffLabel()).toBe('Maya Chen')
  })

  it('keeps the window within what a desk can hold: 0–7 days before, 1–30 after, whole days', () => {
    usePreferences.getState().setWindow({ daysBefore: -3, daysAfter: 400 })
    expect(usePreferences.getState().window).toEqual({ daysBefore: 0, daysAfter: 30 })
    usePreferences.getState().setWindow({ daysBefore: 2.6, daysAfter: Number.NaN })
    expect(usePreferences.getState().window).toEqual({ daysBefore: 3, daysAfter: 1 })
  })

  it('survives a reload: kept in the browser’s storage', () => {
    usePreferences.getState().setStaffName('Sam')
    usePreferences.getState().setNotifyCustomers(false)
    const saved = JSON.parse(localStorage.getItem('rollcall.preferences') ?? '{}') as { state?: unknown }
    expect(saved.state).toEqual({ staffName: 'Sam', window: DEFAULT_WINDOW, notifyCustomers: false })
  })
})
