// Time is pinned: every date and instant below is fixed, and the code under test reads no clock (`over` and
// `now` are given as fixed values); days are computed in the fixtures' explicit zone, never the machine's.
import { describe, expect, it } from 'vitest'
import { uniqueLabels, type AttentionItem } from '../../../../renderer/src/features/attention/attention-items'

const item = (mutationId: string, summary: string, createdAt: string): AttentionItem => ({
  mutationId,
  bookingId: `booking-${mutationId}`,
  summary,
  createdAt,
  reason: 'Wix refused it',
  choices: ['retry', 'discard'],
  state: 'conflict',
  staff: 'Maya',
  holdsCheckIn: false,
  roster: null,
  note: null,
})

const when = (iso: string) => iso.slice(11, 16)

describe('the names of the Needs attention controls', () => {
  it('are the summaries when those differ', () => {
    const labels = uniqueLabels(
      [item('a', 'Confirmed Dana Lee', 'T'), item('b', 'Declined Sam Roe', 'T')],
      when,
    )
    expect([...labels.values()]).toEqual(['Confirmed Dana Lee', 'Declined Sam Roe'])
  })

  it('add the time, then a number, when two changes read alike', () => {
    const labels = uniqueLabels(
      [
        item('a', 'Checked in Dana Lee', '2026-03-10T15:20:00Z'),
        item('b', 'Checked in Dana Lee', '2026-03-10T15:42:00Z'),
        item('c', 'Checked in Dana Lee', '2026-03-10T15:42:00Z'),
        item('d', 'Confirmed Sam Roe', '2026-03-10T15:42:00Z'),
      ],
      when,
    )
    expect([...labels.values()]).toEqual([
      'Checked in Dana Lee, 15:20',
      'Checked in Dana Lee, 15:42 (1)',
      'Checked in Dana Lee, 15:42 (2)',
      'Confirmed Sam Roe',
    ])
  })
})
