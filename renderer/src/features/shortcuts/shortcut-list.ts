/** Every keyboard path of the desk, as the `?` list shows it. Screens implement them; this is the list. */
export interface Shortcut {
  keys: string[]
  does: string
}

export const SHORTCUTS: readonly { group: string; items: readonly Shortcut[] }[] = [
  {
    group: 'Anywhere',
    items: [
      { keys: ['/'], does: 'Find attendee (name, e-mail or phone)' },
      { keys: ['Ctrl', 'Z'], does: 'Undo the last action (for 10 seconds)' },
      { keys: ['W'], does: 'Add walk-in' },
      { keys: ['?'], does: 'Show this list' },
      { keys: ['Esc'], does: 'Close a dialog or clear the search' },
    ],
  },
  {
    group: 'Today',
    items: [
      { keys: ['↑', '↓'], does: 'Move through the sessions' },
      { keys: ['Enter'], does: 'Open the session' },
      { keys: ['['], does: 'Previous day' },
      { keys: [']'], does: 'Next day' },
      { keys: ['T'], does: 'Back to today' },
    ],
  },
  {
    group: 'Roster',
    items: [
      { keys: ['↑', '↓'], does: 'Move through people' },
      { keys: ['Enter'], does: 'Check in (or undo the check-in)' },
      { keys: ['X'], does: 'Select or unselect the person' },
      { keys: ['N'], does: 'Mark as no-show' },
    ],
  },
  {
    group: 'Pending requests',
    items: [
      { keys: ['↑', '↓'], does: 'Move through the requests' },
      { keys: ['Enter'], does: 'Confirm (or decline) the focused request, then Enter again in the dialog' },
    ],
  },
  {
    group: 'Find attendee',
    items: [
      { keys: ['↑', '↓'], does: 'Move through the matches' },
      { keys: ['Enter'], does: 'Check in a match booked for today, or open its session' },
      { keys: ['Esc'], does: 'Clear the search' },
    ],
  },
]
