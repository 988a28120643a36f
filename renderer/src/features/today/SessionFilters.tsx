import { useId } from 'react'
import { filterChoices, isFiltering, type Filterable } from './session-filters'
import { useTodayFilter } from './today-filter-store'

const ALL = ''

interface FilterSelectProps {
  label: string
  allLabel: string
  options: string[]
  value: string | null
  onChange: (value: string | null) => void
}

function FilterSelect({ label, allLabel, options, value, onChange }: FilterSelectProps) {
  const id = useId()
  return (
    <span className="today-filters__field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="input"
        value={value ?? ALL}
        onChange={(event) => onChange(event.currentTarget.value === ALL ? null : event.currentTarget.value)}
      >
        <option value={ALL}>{allLabel}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </span>
  )
}

/** "Staff" and "Location", built from the day's sessions, and a way back to all of them. */
export function SessionFilters({ sessions }: { sessions: readonly Filterable[] }) {
  const filter = useTodayFilter()
  const choices = filterChoices(sessions, filter)
  return (
    <div role="group" aria-label="Filters" className="today-filters">
      <FilterSelect
        label="Staff"
        allLabel="All staff"
        options={choices.staff}
        value={filter.staff}
        onChange={filter.setStaff}
      />
      <FilterSelect
        label="Location"
        allLabel="All locations"
        options={choices.locations}
        value={filter.location}
        onChange={filter.setLocation}
      />
      {isFiltering(filter) && (
        <button type="button" className="button button--quiet" onClick={filter.clear}>
          Clear filters
        </button>
      )}
    </div>
  )
}
