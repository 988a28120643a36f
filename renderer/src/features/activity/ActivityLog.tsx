import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { Button, Label, Radio, RadioGroup } from 'react-aria-components'
import { useDeskUi } from '../../state/desk-ui'
import { useBusinessTimeZone, useClock } from '../../frame/clock'
import { useDb } from '../../db/DatabaseProvider'
import type { ActivityRow } from '../../db/rows'
import { VirtualList } from '../../ui/VirtualList'
import {
  EVERYONE,
  filterActivity,
  isOutcomeFilter,
  OUTCOME_FILTERS,
  OUTCOME_WORDS,
  staffNames,
  type OutcomeFilter,
} from './activity-filters'
import { deskWhen } from '../../frame/time-words'
import './activity.css'

/** The person's card of the booking a line is about (its button, or P on the line). */
function openCard(row: ActivityRow): boolean {
  if (!row.bookingId) return false
  useDeskUi.getState().openPerson(row.bookingId)
  return true
}

/** Fixed row height (px) of the virtual list: two lines, the second one the detail when there is one. */
const ROW_HEIGHT = 68

function ActivityEntry({ row, now, timeZone }: { row: ActivityRow; now: number; timeZone: string }) {
  return (
    <div className={`activity__row activity__row--${row.outcome}`} tabIndex={0} data-row-primary="">
      <div className="activity__line">
        <time className="activity__time" dateTime={row.at}>
          {deskWhen(row.at, now, timeZone)}
        </time>
        <span className="activity__staff">{row.staff}</span>
        {row.bookingId ? (
          // The line's words open the person's card (as P on the line does): named by what it shows.
          <Button
            className="activity__summary activity__person text-button"
            aria-haspopup="dialog"
            onPress={() => openCard(row)}
          >
            {row.summary}
          </Button>
        ) : (
          <span className="activity__summary">{row.summary}</span>
        )}
        <span className={`activity__outcome activity__outcome--${row.outcome}`}>
          {OUTCOME_WORDS[row.outcome]}
        </span>
      </div>
      {row.detail && <p className="activity__detail">{row.detail}</p>}
    </div>
  )
}

/**
 * The activity log: who did what at this desk, when, and how it ended on Wix — newest first, filterable by
 * outcome and by person. It is the desk's answer to "did that go through?" and "who changed this?".
 */
export function ActivityLog() {
  const db = useDb()
  const clock = useClock()
  const timeZone = useBusinessTimeZone()
  const rows = useLiveQuery(() => db.activity.orderBy('at').reverse().toArray(), [db])
  const [outcome, setOutcome] = useState<OutcomeFilter>('all')
  const [staff, setStaff] = useState<string>(EVERYONE)

  const names = rows ? staffNames(rows) : []
  const staffFilter = names.includes(staff) ? staff : EVERYONE
  const shown = rows ? filterActivity(rows, outcome, staffFilter) : []
  const now = clock()

  return (
    <section className="activity" aria-labelledby="activity-title">
      <h2 id="activity-title" className="activity__title">
        Activity
      </h2>
      <div className="activity__filters">
        <RadioGroup
          className="activity__filter"
          orientation="horizontal"
          value={outcome}
          onChange={(value) => {
            if (isOutcomeFilter(value)) setOutcome(value)
          }}
        >
          <Label className="activity__filter-label">Outcome</Label>
          <div className="activity__choices">
            {OUTCOME_FILTERS.map((filter) => (
              <Radio key={filter.id} value={filter.id} className="activity__choice">
                {filter.label}
              </Radio>
            ))}
          </div>
        </RadioGroup>
        {names.length > 1 && (
          <label className="activity__filter">
            <span className="activity__filter-label">Staff</span>
            <select
              className="activity__select"
              value={staffFilter}
              onChange={(event) => setStaff(event.target.value)}
            >
              <option value={EVERYONE}>Everyone</option>
              {names.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {rows === undefined ? (
        <p className="activity__empty">Loading…</p>
      ) : (
        <VirtualList
          label="Activity log"
          className="activity__list"
          items={shown}
          getKey={(row) => String(row.id)}
          rowHeight={ROW_HEIGHT}
          onRowKey={(event, row) => event.key.toLowerCase() === 'p' && openCard(row)}
          renderRow={(row) => <ActivityEntry row={row} now={now} timeZone={timeZone} />}
          empty={
            <p className="activity__empty">
              {rows.length
                ? 'Nothing in the log matches these filters.'
                : 'Nothing has been done at this desk yet.'}
            </p>
          }
        />
      )}
    </section>
  )
}
