import { queryWords } from '@shared/domain/search-tokens'
import { useId, useState, type KeyboardEvent } from 'react'
import { useLocation } from 'wouter'
import { useBusinessToday } from '../frame/clock'
import { FIND_ATTENDEE_ID, paths } from '../frame/routes'
import type { AttendeeMatch } from './search'
import { useUndoStore } from '../desk-actions/undo-store'
import { useDeskActions } from '../desk-actions/useDeskActions'
import { useDeskUi } from '../state/desk-ui'
import { AttendeeOption } from './AttendeeOption'
import { enterActionFor } from './enter-action'
import { useAttendeeSearch } from './useAttendeeSearch'
import './find-attendee.css'

function resultsSummary(shown: number, total: number): string {
  if (!total) return 'No matches'
  if (total > shown) return `${total} matches, showing the first ${shown}`
  return total === 1 ? '1 match' : `${total} matches`
}

/**
 * The header's search box (an ARIA combobox over a listbox of matches): name, e-mail or phone fragments
 * across every booking in the store. The highlighted result starts on the first, the booking due (today's
 * next one not checked in: tiers.ts), and Enter acts on the highlighted one: it checks in a person booked
 * today and keeps the focus in the box, so the desk can type the next name at once; otherwise it opens the
 * person's session; Shift+Enter opens the person's card. `/` focuses it (and, typed in the box, is just a
 * character).
 */
export function FindAttendee() {
  const listboxId = useId()
  const [text, setText] = useState('')
  const [open, setOpen] = useState(false)
  const [highlight, setHighlight] = useState(0)
  const today = useBusinessToday()
  const deskActions = useDeskActions()
  const [, navigate] = useLocation()
  const { results, searchNow } = useAttendeeSearch(text)

  const hasWords = queryWords(text).length > 0
  const matches = hasWords ? (results?.matches ?? []) : []
  const fresh = hasWords && results?.query === text
  const expanded = open && hasWords && results !== undefined
  const active = matches.length ? Math.min(highlight, matches.length - 1) : -1
  const optionId = (match: AttendeeMatch) => `${listboxId}-option-${match.bookingId}`
  const activeMatch = active >= 0 ? matches[active] : undefined

  const reset = () => {
    setText('')
    setOpen(false)
    setHighlight(0)
  }

  const openRoster = (match: AttendeeMatch) => {
    if (match.eventId === null) {
      useUndoStore.getState().notify({
        tone: 'info',
        title: `${match.name}'s session is not in the local store`,
        detail: 'It may be outside the synced days.',
      })
      return
    }
    reset()
    navigate(paths.session(match.eventId))
  }

  const act = async (match: AttendeeMatch) => {
    const action = enterActionFor(match)
    if (action !== 'checkIn' || match.eventId === null) {
      if (action === 'alreadyIn') {
        reset()
        useUndoStore.getState().notify({ tone: 'info', title: `${match.name} is already checked in` })
      } else openRoster(match)
      return
    }
    reset()
    if (!deskActions) {
      const detail = 'The desk is still starting.'
      useUndoStore.getState().notify({ tone: 'problem', title: 'Not done', detail })
      return
    }
    const target = { bookingId: match.bookingId, eventId: match.eventId }
    await deskActions.checkIn([target])
  }

  const onEnter = async (card: boolean) => {
    // The list can lag a keystroke behind the box: act on what the box says now.
    const match = fresh ? activeMatch : (await searchNow(text)).matches[0]
    if (match && card) openCard(match)
    else if (match) await act(match)
  }

  /** Shift+Enter, or the button under the matches: the person's card (focus comes back to the box). */
  const openCard = (match: AttendeeMatch) => {
    setOpen(false)
    useDeskUi.getState().openPerson(match.bookingId)
  }

  const move = (step: 1 | -1) => {
    if (!expanded) {
      setOpen(hasWords)
      return
    }
    if (!matches.length) return
    setHighlight((active + step + matches.length) % matches.length)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      move(event.key === 'ArrowDown' ? 1 : -1)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      if (hasWords) void onEnter(event.shiftKey)
    } else if (event.key === 'Escape') {
      if (!text && !open) return
      event.preventDefault()
      reset()
    } else if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // `/` is the search key everywhere, in the box too: pressed out of habit after the last search (the box
      // keeps the focus), it must not make the next query "/bonnie". No name, e-mail or phone needs a slash.
      // It selects what is there, so the next keystrokes start a new search.
      event.preventDefault()
      event.currentTarget.select()
    }
  }

  return (
    <div className="find">
      <label htmlFor={FIND_ATTENDEE_ID} className="find__visually-hidden">
        Find attendee
      </label>
      <input
        id={FIND_ATTENDEE_ID}
        className="find__input"
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && activeMatch ? optionId(activeMatch) : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder="Name, e-mail or phone   ( / )"
        value={text}
        onChange={(event) => {
          setText(event.target.value)
          setOpen(true)
          setHighlight(0)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <div className="find__popup" hidden={!expanded}>
        <ul id={listboxId} role="listbox" aria-label="Matches" className="find__list">
          {matches.map((match, i) => (
            <AttendeeOption
              key={match.bookingId}
              id={optionId(match)}
              match={match}
              today={today}
              highlighted={i === active}
              onPick={openRoster}
              onHover={() => setHighlight(i)}
            />
          ))}
        </ul>
        {activeMatch && (
          // Under the list, not in an option (an option holds no control): the highlighted match's card.
          <button
            type="button"
            className="button button--quiet find__card"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => openCard(activeMatch)}
          >
            Open {activeMatch.name}'s card (Shift+Enter)
          </button>
        )}
        {fresh && results && (
          <p className="find__summary">
            {results.total
              ? resultsSummary(matches.length, results.total)
              : `No one matches “${text.trim()}”`}
            {results.total > matches.length && ' — type more to narrow it down'}
          </p>
        )}
      </div>
      {/* Names the text it is about ("3 matches for “dana”"): read after a fast typist, the count alone
          would not say which query it counts. */}
      <div role="status" aria-label="Search results" className="find__visually-hidden">
        {expanded && fresh && results
          ? `${resultsSummary(matches.length, results.total)} for “${text.trim()}”`
          : ''}
      </div>
    </div>
  )
}
